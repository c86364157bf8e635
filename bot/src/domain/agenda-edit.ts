import { isOnAgenda, orderAgenda, type AgendaAttachment, type AgendaItem, type ItemExemption, type ItemKind } from './agenda';
import { formatCaseNumber } from './case-number';
import { ConcurrentEdit, InvalidValue, MeetingClosed, NotFound } from './errors';
import { MAX_AGENDA_ITEMS } from './limits';
import type { Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';

/** What the secretary can set on an item; everything else (order, number, origin) the system keeps. */
export interface AgendaItemFields {
  title: string;
  kind: ItemKind;
  responsible?: string;
  description?: string;
  plannedMinutes?: number;
  attachments: AgendaAttachment[];
  /** Unntatt offentlighet, with the legal basis, e.g. "offl. § 13, jf. fvl. § 13", and the title the public sees. */
  exempt?: ItemExemption;
}

/** What councils usually cite for an exempt item; offered as a starting point, not assumed. */
export const SUGGESTED_EXEMPT_LEGAL_BASIS = 'offl. § 13, jf. fvl. § 13';

/** An Azure Tables transaction holds 100 operations; one is kept for a change-log row. */
export const MAX_REORDERED_ITEMS = 99;

/** The gap between neighbours' `order`, so later inserts rarely need a renumbering. */
const ORDER_STEP = 10;

/**
 * The agenda can change until the meeting is held (after the notice every
 * change is recorded); a held, cancelled or archived meeting's agenda is history.
 */
export function assertAgendaEditable(meeting: Meeting): void {
  if (!isOpenForMembers(meeting.status)) throw new MeetingClosed(meeting.id);
}

/** The item with this id that is still on the agenda. */
export function itemOnAgenda(items: readonly AgendaItem[], itemId: string): AgendaItem {
  const item = items.find((i) => i.id === itemId && isOnAgenda(i));
  if (!item) throw new NotFound('agenda item');
  return item;
}

/** Refuses adding `adding` items to an agenda that would then have more than MAX_AGENDA_ITEMS. */
export function assertRoomOnAgenda(items: readonly AgendaItem[], adding: number): void {
  if (items.filter(isOnAgenda).length + adding > MAX_AGENDA_ITEMS) {
    throw new InvalidValue(
      'agenda',
      { problem: 'agendaFull', params: { max: MAX_AGENDA_ITEMS } },
      `an agenda has at most ${MAX_AGENDA_ITEMS} items`,
    );
  }
}

/**
 * The items a new item's `order` was worked out from (the ordinary item with
 * the highest order, or the standard items when there is none): the new row is written together
 * with these, unchanged and conditional on their ETags, so two items added at
 * the same moment cannot both take the same place.
 */
export function itemsNewOrderDependsOn<T extends { value: AgendaItem }>(rows: readonly T[]): T[] {
  const ordinary = rows.filter((r) => r.value.standard === undefined);
  if (ordinary.length === 0) return [...rows];
  const last = ordinary.reduce((a, b) => (b.value.order > a.value.order ? b : a));
  return [last];
}

/** `order` for an item added now: after every ordinary item (Eventuelt stays last by rank). */
export function orderForNewItem(items: readonly AgendaItem[]): number {
  const ordinary = items.filter((i) => i.standard === undefined);
  return ordinary.reduce((max, i) => Math.max(max, i.order), 0) + ORDER_STEP;
}

/** A new ordinary item from the secretary's fields. Its number comes when the agenda is (re)locked. */
export function newAgendaItem(id: string, meetingId: string, order: number, fields: AgendaItemFields): AgendaItem {
  return withFields({ id, meetingId, order, title: fields.title, kind: fields.kind }, fields);
}

/**
 * Applies the secretary's edit. Order, case number, standard role, origin
 * (proposal, postponement) and the postponed mark are the system's and stay.
 */
export function editAgendaItem(item: AgendaItem, fields: AgendaItemFields): AgendaItem {
  const { responsible: _r, description: _d, plannedMinutes: _p, attachments: _a, exempt: _e, ...kept } = item;
  // A standard item keeps its kind: approval is a decision, Eventuelt a discussion.
  const kind = item.standard === undefined ? fields.kind : item.kind;
  return withFields({ ...kept, title: fields.title, kind }, fields);
}

function withFields(base: AgendaItem, fields: AgendaItemFields): AgendaItem {
  return {
    ...base,
    ...(fields.responsible !== undefined && fields.responsible !== '' && { responsible: fields.responsible }),
    ...(fields.description !== undefined && fields.description !== '' && { description: fields.description }),
    ...(fields.plannedMinutes !== undefined && { plannedMinutes: fields.plannedMinutes }),
    ...(fields.attachments.length > 0 && { attachments: fields.attachments }),
    ...(fields.exempt !== undefined && { exempt: fields.exempt }),
  };
}

/** The standard first and last items stay on every agenda. */
export function assertRemovable(item: AgendaItem): void {
  if (item.standard !== undefined) {
    throw new InvalidValue('itemId', { problem: 'standardItemFixed' }, 'the standard first and last items cannot be removed');
  }
}

/** Marks the item removed; its row (and any case number it got) is kept. */
export function markItemRemoved(item: AgendaItem, at: string): AgendaItem {
  assertRemovable(item);
  return { ...item, removedAt: at };
}

/**
 * New `order` values for the ordinary items, in the order the secretary asked
 * for. The list must name exactly the ordinary items now on the agenda: if
 * someone added or removed one meanwhile, the request was made from an old
 * view (ConcurrentEdit). Returns only the items whose order changes.
 */
export function newAgendaOrder(items: readonly AgendaItem[], orderedIds: readonly string[]): AgendaItem[] {
  const ordinary = orderAgenda(items).filter((i) => i.standard === undefined);
  if (new Set(orderedIds).size !== orderedIds.length)
    throw new InvalidValue('items', { problem: 'duplicate' }, 'an item appears twice');
  const byId = new Map(ordinary.map((i) => [i.id, i]));
  const standardIds = new Set(items.filter((i) => i.standard !== undefined).map((i) => i.id));
  if (orderedIds.some((id) => standardIds.has(id))) {
    throw new InvalidValue('items', { problem: 'standardItemFixed' }, 'the standard first and last items keep their places');
  }
  if (orderedIds.length !== ordinary.length || orderedIds.some((id) => !byId.has(id))) {
    throw new ConcurrentEdit('agenda');
  }
  if (ordinary.length > MAX_REORDERED_ITEMS) {
    throw new InvalidValue(
      'items',
      { problem: 'tooMany', params: { max: MAX_REORDERED_ITEMS } },
      `at most ${MAX_REORDERED_ITEMS} items can be reordered at once`,
    );
  }
  return orderedIds.flatMap((id, index) => {
    const item = byId.get(id)!;
    const order = (index + 1) * ORDER_STEP;
    return item.order === order ? [] : [{ ...item, order }];
  });
}

/** Swaps an ordinary item with its neighbour: the id list a "move up/down" button sends. */
export function moveItem(items: readonly AgendaItem[], itemId: string, direction: 'up' | 'down'): string[] {
  const ids = orderAgenda(items)
    .filter((i) => i.standard === undefined)
    .map((i) => i.id);
  const at = ids.indexOf(itemId);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return ids;
  [ids[at], ids[to]] = [ids[to]!, ids[at]!];
  return ids;
}

/**
 * A new item's id is made by the client, so a retried request finds the item
 * it added: that is a repeat, answered without adding. The same id on another
 * item (a different title or origin, or one taken off) is a client error.
 */
export function requireRepeatOf(existing: AgendaItem, wanted: Pick<AgendaItem, 'title' | 'postponedFrom'>): void {
  const chain = (item: Pick<AgendaItem, 'postponedFrom'>): string => (item.postponedFrom ?? []).map(formatCaseNumber).join(',');
  const same = isOnAgenda(existing) && existing.title === wanted.title && chain(existing) === chain(wanted);
  if (!same) throw new InvalidValue('id', { problem: 'idTaken' }, 'already used by another item');
}
