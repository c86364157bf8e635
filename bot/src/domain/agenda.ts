import { formatCaseNumber, type CaseNumber } from './case-number';
import { InvalidValue } from './errors';

export const ITEM_KINDS = ['briefing', 'discussion', 'decision'] as const;
/** orientering / drøfting / vedtak */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The two items every agenda has: approval of notice and minutes first, any other business last. */
export type StandardItem = 'approval' | 'anyOtherBusiness';

/**
 * Unntatt offentlighet. The public version keeps the case number and shows
 * `publicTitle` (a title can itself reveal what is secret; absent: "Unntatt
 * offentlighet" in the document's language) and the legal basis; nothing else of the item.
 */
export interface ItemExemption {
  /** E.g. "offl. § 13 jf. fvl. § 13 første ledd nr. 1". */
  legalBasis: string;
  publicTitle?: string;
}

/** Vedlegg: a link to a document (SharePoint/Teams file), never the file itself. */
export interface AgendaAttachment {
  title: string;
  /** https only. */
  url: string;
}

/** Who dropped a postponed item from the offers, when, and why. */
export interface PostponementDropped {
  by: string;
  at: string;
  reason: string;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  /** Position before locking; numbers follow this order. */
  order: number;
  title: string;
  kind: ItemKind;
  standard?: StandardItem;
  responsible?: string;
  description?: string;
  plannedMinutes?: number;
  /** Set when the agenda is locked; never changes or gets reused after that. */
  caseNumber?: CaseNumber;
  /** Unntatt offentlighet: the public version omits content and attachments (see ItemExemption). */
  exempt?: ItemExemption;
  /**
   * The case numbers the item had at the meetings it was postponed from, oldest
   * first ("Utsett frå 27/20, 3/21"): postponed again, it keeps the whole chain.
   */
  postponedFrom?: CaseNumber[];
  /** The proposal this item came from, if any. */
  fromProposalId?: string;
  /** Numbered Vedlegg 1…n across the meeting, in agenda order (see numberAttachments). */
  attachments?: AgendaAttachment[];
  /** Marked at a held meeting when the item was not reached: it is offered at later meetings until taken up or dropped. */
  postponed?: boolean;
  /** The secretary decided a postponed item is not taken up again: it is no longer offered. */
  postponementDropped?: PostponementDropped;
  /** When it was taken off the agenda. The row stays (history; a case number is never reused). */
  removedAt?: string;
}

function rank(item: AgendaItem): number {
  if (item.standard === 'approval') return 0;
  if (item.standard === 'anyOtherBusiness') return 2;
  return 1;
}

/** Still on the agenda (not removed). */
export function isOnAgenda(item: AgendaItem): boolean {
  return item.removedAt === undefined;
}

/**
 * The agenda in the order it is read: approval first, ordinary items by `order`, Eventuelt last.
 * Removed items are not part of it (their rows are kept as history).
 */
export function orderAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter(isOnAgenda).sort((a, b) => rank(a) - rank(b) || a.order - b.order || a.id.localeCompare(b.id));
}

/** Items that still need a number when the agenda is locked (already numbered ones keep theirs). */
export function itemsToNumber(items: readonly AgendaItem[]): AgendaItem[] {
  return orderAgenda(items).filter((i) => i.caseNumber === undefined);
}

/**
 * Assigns a block of case numbers to the unnumbered items, in agenda order.
 * The block must be exactly as long as the list of items to number.
 */
export function numberAgenda(items: readonly AgendaItem[], block: readonly CaseNumber[]): AgendaItem[] {
  const toNumber = itemsToNumber(items);
  if (toNumber.length !== block.length) {
    throw new InvalidValue('caseNumbers', { problem: 'invalid' }, `need ${toNumber.length} numbers, got ${block.length}`);
  }
  const assigned = new Map(toNumber.map((item, i) => [item.id, block[i]]));
  return orderAgenda(items).map((item) => {
    const n = assigned.get(item.id);
    return n === undefined ? item : { ...item, caseNumber: n };
  });
}

/** "23/20 Godkjenning av innkalling og referat", or just the title before locking. */
export function itemHeading(item: AgendaItem): string {
  return item.caseNumber ? `${formatCaseNumber(item.caseNumber)} ${item.title}` : item.title;
}
