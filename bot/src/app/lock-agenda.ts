import { itemsToNumber, numberAgenda } from '../domain/agenda';
import { caseYear, firstSequence } from '../domain/case-number';
import { calendarDate } from '../domain/calendar-date';
import { MeetingClosed, NotFound } from '../domain/errors';
import { isOpenForMembers } from '../domain/meeting-status';
import { requireManager, requireMember } from './authorize';
import type { AppDeps, Principal } from './deps';
import type { WorkChange } from './ports';

/**
 * Locks the agenda: takes a block of case numbers from the council's counter
 * for the meeting's year and writes them to the items in one transaction.
 * Numbers already given keep theirs; if the write fails, the block is a gap,
 * never reused.
 */
export async function lockAgenda(deps: AppDeps, principal: Principal, councilId: string, meetingId: string): Promise<void> {
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  requireManager(requireMember(roster, principal, calendarDate(now, council.value.timeZone)), 'lock the agenda');

  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  if (!isOpenForMembers(meeting.value.status)) throw new MeetingClosed(meetingId);

  const work = await deps.work.load(councilId, meetingId);
  const items = work.item.map((r) => r.value);
  const toNumber = itemsToNumber(items);
  if (toNumber.length > 0) {
    const year = caseYear(meeting.value.startsAt, council.value.timeZone);
    const block = await deps.caseNumbers.take(
      councilId,
      year,
      toNumber.length,
      firstSequence(year, council.value.caseNumberStart),
    );
    const etags = new Map(work.item.map((r) => [r.value.id, r.etag]));
    const numbered = numberAgenda(items, block).filter((item) => toNumber.some((t) => t.id === item.id));
    const changes: WorkChange[] = numbered.map((item) => ({
      op: 'update',
      kind: 'item',
      value: item,
      etag: etags.get(item.id) ?? '',
    }));
    await deps.work.apply(councilId, meetingId, changes);
  }
  await deps.meetings.update({ ...meeting.value, agendaLockedAt: now.toISOString() }, meeting.etag);
}
