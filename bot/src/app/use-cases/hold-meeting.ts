import { ConcurrentEdit } from '../../domain/errors';
import { assertCanHold, holdingPath, prefillAttendance } from '../../domain/meeting-holding';
import { assertTransition } from '../../domain/meeting-status';
import { emptyMinutesItem, type MeetingMinutes } from '../../domain/minutes';
import { orderAgenda } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps, Principal } from '../deps';
import type { WorkChange } from '../ports';
import { numberNewItems } from '../support/number-new-items';
import { requireSameVersion } from '../scope/require-same-version';
import { loadScope, membersOf, type WorkScope } from '../scope/request-scope';

export interface HoldMeetingInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
  /** A meeting still `collecting`: the secretary confirms the notice went out another way. */
  noticeSentElsewhere: boolean;
}

/**
 * "Møtet er avholdt": records actual attendance prefilled from the answers and
 * an empty part per agenda item (each with its own ETag from the start), then
 * moves the meeting to minutesDraft (through `held`).
 *
 * 0. a meeting whose notice went out another way gets its case numbers now
 *    (its own transaction: with 50 items, numbers and minutes rows are more
 *    than one transaction holds); a retry after a stop here finds them numbered;
 * 1. the minutes rows, in one transaction of the meeting's partition (a row
 *    left by an attempt that stopped before step 2 is replaced);
 * 2. the meeting's status, conditional on the If-Match sent (the commit point).
 */
export async function holdMeeting(deps: AppDeps, input: HoldMeetingInput): Promise<{ meeting: Meeting; etag: string }> {
  const scope = await loadScope(deps, {
    principal: input.principal,
    councilId: input.councilId,
    meetingId: input.meetingId,
    managerAction: 'hold the meeting',
    withWork: true,
  });
  const { meeting, work, me, now, council } = scope;
  requireSameVersion(meeting, input.ifMatch, 'meeting');
  assertCanHold(meeting.value, now, input.noticeSentElsewhere);
  if (meeting.value.status === 'collecting') await numberAgendaHeldWithoutNotice(deps, scope);

  const minutes: MeetingMinutes = {
    meetingId: meeting.value.id,
    heldAt: now.toISOString(),
    heldBy: me.aadObjectId,
    ...(meeting.value.status === 'collecting' && { noticeSentElsewhere: true }),
    attendance: prefillAttendance(
      meeting.value,
      council.value.timeZone,
      membersOf(scope),
      work.attendance.map((r) => r.value),
      me.aadObjectId,
    ),
    amendments: [],
  };
  const earlierMinutes = work.minutes[0];
  const earlierParts = new Map(work.minutesItem.map((r) => [r.value.itemId, r]));
  const changes: WorkChange[] = [
    earlierMinutes
      ? { op: 'update', kind: 'minutes', value: minutes, etag: earlierMinutes.etag }
      : { op: 'create', kind: 'minutes', value: minutes },
  ];
  for (const item of orderAgenda(work.item.map((r) => r.value))) {
    if (earlierParts.has(item.id)) continue;
    changes.push({
      op: 'create',
      kind: 'minutesItem',
      value: emptyMinutesItem(meeting.value.id, item.id, now.toISOString(), me.aadObjectId),
    });
  }
  try {
    await deps.work.apply(input.councilId, input.meetingId, changes);
  } catch (error) {
    // Someone else is holding the same meeting right now: the same answer as a stale ETag.
    if (error instanceof ConcurrentEdit) throw new ConcurrentEdit('meeting');
    throw error;
  }

  let status = meeting.value.status;
  for (const next of holdingPath(meeting.value)) {
    assertTransition(status, next);
    status = next;
  }
  const held = await deps.meetings.update(
    { ...meeting.value, status, agendaLockedAt: meeting.value.agendaLockedAt ?? now.toISOString() },
    input.ifMatch,
  );
  return { meeting: held.value, etag: held.etag };
}

/**
 * Minutes speak of "Sak 23/26": the agenda of a meeting held without a notice
 * from Utvalg is numbered as publishing would have numbered it (numbers are
 * taken when the agenda is locked, and holding locks it).
 */
async function numberAgendaHeldWithoutNotice(deps: AppDeps, scope: WorkScope): Promise<void> {
  const numbered = await numberNewItems(deps, scope.council.value, scope.meeting.value, scope.work.item);
  if (numbered.updates.length === 0) return;
  try {
    await deps.work.apply(scope.council.value.id, scope.meeting.value.id, numbered.updates);
  } catch (error) {
    // An item changed since it was read: hold again from a fresh read (the numbers taken leave a gap).
    if (error instanceof ConcurrentEdit) throw new ConcurrentEdit('meeting');
    throw error;
  }
}
