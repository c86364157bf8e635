import { orderAgenda, type AgendaAttachment, type AgendaItem } from './agenda';

/** At most this many links on one item (a card and a printed notice stay readable). */
export const MAX_ATTACHMENTS_PER_ITEM = 20;

/** Vedlegg n: an attachment with its number in the meeting. */
export interface NumberedAttachment extends AgendaAttachment {
  itemId: string;
  /** 1…n across the meeting's items, in agenda order. */
  number: number;
}

/**
 * Numbers the meeting's attachments *Vedlegg 1…n*: across all items on the
 * agenda, in agenda order, so moving an item renumbers what follows it.
 * Removed items' attachments are not counted.
 */
export function numberAttachments(items: readonly AgendaItem[]): NumberedAttachment[] {
  let next = 1;
  return orderAgenda(items).flatMap((item) =>
    (item.attachments ?? []).map((attachment) => ({ ...attachment, itemId: item.id, number: next++ })),
  );
}

/** The attachment numbers of each item, by item id. */
export function attachmentNumbersByItem(items: readonly AgendaItem[]): Map<string, number[]> {
  const byItem = new Map<string, number[]>();
  for (const a of numberAttachments(items)) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a.number]);
  return byItem;
}

/**
 * Attachment links must be https web addresses with a host: no `javascript:`,
 * `data:` or `file:` links, no plain http, and no credentials in the address.
 */
export function isAllowedAttachmentUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}
