import { ConcurrentEdit } from '../../domain/errors';
import { assertCanHold, holdingPath, prefillAttendance } from '../../domain/meeting-holding';
import { assertTransition } from '../../domain/meeting-status';
import { emptyMinutesItem, type MeetingMinutes } from '../../domain/minutes';
import { orderAgenda } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps, Principal } from '../deps';
import type { WorkChange } from '../ports';
import { requireSameVersion } from '../scope/require-same-version';
import { loadScope, membersOf } from '../scope/request-scope';

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
  const held = await deps.meetings.update({ ...meeting.value, status }, input.ifMatch);
  return { meeting: held.value, etag: held.etag };
}
