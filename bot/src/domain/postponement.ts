import { isOnAgenda, orderAgenda, type AgendaItem } from './agenda';
import type { CaseNumber } from './case-number';
import { InvalidValue, MeetingClosed, NotFound } from './errors';
import { LIMITS } from './limits';
import type { Meeting } from './meeting';

/**
 * Utsatt: an item the meeting did not reach ("på grunn av lite tid") is marked
 * postponed once the meeting is held, and offered at every later meeting until
 * one takes it up (it gets a new number there, and keeps the chain of its old
 * ones) or the secretary drops it with a reason. Nothing postponed is lost
 * because nobody took it up at the very next meeting.
 */

/** How many earlier numbers an item can carry: far more than any council postpones one item. */
export const MAX_POSTPONEMENTS = 50;

/** Items are marked postponed after the meeting, while the minutes are written. */
export function canMarkPostponed(meeting: Meeting): boolean {
  return meeting.status === 'held' || meeting.status === 'minutesDraft';
}

/** Marks (or unmarks) an item postponed. Only numbered items: the next meeting refers to the old number. */
export function markPostponed(meeting: Meeting, item: AgendaItem, postponed: boolean): AgendaItem {
  if (!canMarkPostponed(meeting)) throw new MeetingClosed(meeting.id);
  if (item.standard !== undefined)
    throw new InvalidValue('postponed', { problem: 'standardItemFixed' }, 'the standard items are not postponed');
  if (postponed && item.caseNumber === undefined)
    throw new InvalidValue('postponed', { problem: 'noCaseNumber' }, 'the item has no case number');
  const { postponed: _old, ...rest } = item;
  return postponed ? { ...rest, postponed: true } : rest;
}

/** The council's meeting before this one (cancelled meetings skipped). */
export function previousMeeting(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return earlierMeetings(meetings, meeting)[0];
}

/** The council's meetings before this one, latest first, cancelled ones skipped. */
export function earlierMeetings(meetings: readonly Meeting[], meeting: Meeting): Meeting[] {
  return meetings
    .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && Date.parse(m.startsAt) < Date.parse(meeting.startsAt))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
}

const sameNumber = (a: CaseNumber | undefined, b: CaseNumber | undefined): boolean =>
  a !== undefined && b !== undefined && a.sequence === b.sequence && a.year === b.year;

/** The numbers an offered item goes on with: its earlier chain and the number it had when postponed. */
export function postponementChain(item: AgendaItem): CaseNumber[] {
  return [...(item.postponedFrom ?? []), ...(item.caseNumber ? [item.caseNumber] : [])];
}

/** One meeting's agenda rows, as the offers are computed from them. */
export interface MeetingItems<Row extends { value: AgendaItem } = { value: AgendaItem }> {
  meeting: Meeting;
  rows: readonly Row[];
}

/** An item offered for this meeting, with the meeting it was postponed at. */
export interface Offer<Row extends { value: AgendaItem }> {
  row: Row;
  fromMeeting: Meeting;
}

/**
 * Every postponed item of an earlier meeting that no agenda has taken up
 * and the secretary has not dropped. An agenda takes an item up by carrying
 * its number in `postponedFrom` (case numbers are unique per council); an item
 * taken off that agenda again, or on a cancelled meeting's, did not take it up.
 * Ordered by meeting, oldest first, then in the old agenda's order.
 */
export function postponedOffers<Row extends { value: AgendaItem }>(
  current: { meeting: Meeting; items: readonly AgendaItem[] },
  others: readonly MeetingItems<Row>[],
): Offer<Row>[] {
  const carrying = [
    ...current.items,
    ...others.filter((o) => o.meeting.status !== 'cancelled').flatMap((o) => o.rows.map((r) => r.value)),
  ].filter(isOnAgenda);
  const takenUp = (n: CaseNumber): boolean => carrying.some((i) => (i.postponedFrom ?? []).some((m) => sameNumber(m, n)));
  const earlier = earlierMeetings(
    others.map((o) => o.meeting),
    current.meeting,
  ).reverse();
  return earlier.flatMap((meeting) => {
    const rows = others.find((o) => o.meeting.id === meeting.id)?.rows ?? [];
    const order = orderAgenda(rows.map((r) => r.value)).map((i) => i.id);
    return rows
      .filter((r) => order.includes(r.value.id))
      .sort((a, b) => order.indexOf(a.value.id) - order.indexOf(b.value.id))
      .filter(({ value: i }) => i.postponed === true && i.postponementDropped === undefined && i.caseNumber !== undefined)
      .filter(({ value: i }) => !takenUp(i.caseNumber!))
      .map((row) => ({ row, fromMeeting: meeting }));
  });
}

/** The offer a request names: by item id, at the given meeting or (none given) the latest meeting offering one by that id. */
export function findOffer<Row extends { value: AgendaItem }>(
  offers: readonly Offer<Row>[],
  fromItemId: string,
  fromMeetingId?: string,
): Offer<Row> {
  const found = offers
    .filter((o) => o.row.value.id === fromItemId && (fromMeetingId === undefined || o.fromMeeting.id === fromMeetingId))
    .at(-1);
  if (!found) throw new NotFound('postponed item');
  return found;
}

/** The item as it goes on the next meeting's agenda: same content, no number yet, the chain of its old numbers. */
export function carryOverItem(from: AgendaItem, target: { id: string; meetingId: string; order: number }): AgendaItem {
  if (from.caseNumber === undefined) throw new NotFound('postponed item');
  return {
    id: target.id,
    meetingId: target.meetingId,
    order: target.order,
    title: from.title,
    kind: from.kind,
    postponedFrom: postponementChain(from),
    ...(from.responsible !== undefined && { responsible: from.responsible }),
    ...(from.description !== undefined && { description: from.description }),
    ...(from.plannedMinutes !== undefined && { plannedMinutes: from.plannedMinutes }),
    ...(from.attachments !== undefined && { attachments: from.attachments }),
    ...(from.exempt !== undefined && { exempt: from.exempt }),
  };
}

/** The secretary decides a postponed item will not be taken up: it is no longer offered, and the reason is kept. */
export function dropPostponed(item: AgendaItem, drop: { by: string; at: string; reason: string }): AgendaItem {
  if (item.postponed !== true) throw new NotFound('postponed item');
  const reason = drop.reason.trim();
  if (reason === '') throw new InvalidValue('reason', { problem: 'required' }, 'say why the item is dropped');
  if (reason.length > LIMITS.reason)
    throw new InvalidValue('reason', { problem: 'tooLong', params: { max: LIMITS.reason } }, 'reason too long');
  return { ...item, postponementDropped: { by: drop.by, at: drop.at, reason } };
}
