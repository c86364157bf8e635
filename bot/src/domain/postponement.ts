import { isOnAgenda, orderAgenda, type AgendaItem } from './agenda';
import type { CaseNumber } from './case-number';
import { InvalidValue, MeetingClosed, NotFound } from './errors';
import type { Meeting } from './meeting';

/**
 * Utsatt: an item the meeting did not reach ("på grunn av lite tid") is marked
 * postponed once the meeting is held, and offered at the next meeting, where
 * it gets a new number and a reference to its old one.
 */

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

/** The council's meeting before this one (cancelled meetings skipped), whose postponed items are offered. */
export function previousMeeting(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return meetings
    .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && Date.parse(m.startsAt) < Date.parse(meeting.startsAt))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0];
}

const sameNumber = (a: CaseNumber | undefined, b: CaseNumber | undefined): boolean =>
  a !== undefined && b !== undefined && a.sequence === b.sequence && a.year === b.year;

/**
 * Postponed items of the previous meeting that this meeting's agenda does not
 * carry yet (case numbers are unique per council, so the old number tells).
 */
export function postponedOffers(previousItems: readonly AgendaItem[], currentItems: readonly AgendaItem[]): AgendaItem[] {
  const carried = currentItems.filter(isOnAgenda).map((i) => i.postponedFrom);
  return orderAgenda(previousItems).filter(
    (i) => i.postponed === true && i.caseNumber !== undefined && !carried.some((n) => sameNumber(n, i.caseNumber)),
  );
}

/** The item as it goes on the next meeting's agenda: same content, no number yet, `postponedFrom` its old number. */
export function carryOverItem(
  offers: readonly AgendaItem[],
  fromItemId: string,
  target: { id: string; meetingId: string; order: number },
): AgendaItem {
  const from = offers.find((i) => i.id === fromItemId);
  if (!from || from.caseNumber === undefined) throw new NotFound('postponed item');
  return {
    id: target.id,
    meetingId: target.meetingId,
    order: target.order,
    title: from.title,
    kind: from.kind,
    postponedFrom: from.caseNumber,
    ...(from.responsible !== undefined && { responsible: from.responsible }),
    ...(from.description !== undefined && { description: from.description }),
    ...(from.plannedMinutes !== undefined && { plannedMinutes: from.plannedMinutes }),
    ...(from.attachments !== undefined && { attachments: from.attachments }),
    ...(from.exempt !== undefined && { exempt: from.exempt }),
  };
}
