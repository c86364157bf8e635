import { approve, withoutPrivateReasons } from '../../domain/minutes-approval';
import { assertTransition } from '../../domain/meeting-status';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import type { WorkChange } from '../ports';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { loadMinutes } from './load-minutes';

export interface ApproveMinutesInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
  corrections?: string;
}

/**
 * The next meeting approved the minutes under its first item: the secretary
 * records it with the corrections asked for, and the minutes are frozen.
 * Apology reasons members did not allow into the minutes are deleted now.
 *
 * 1. the minutes row (approval) and the stripped attendance answers, in one
 *    transaction, conditional on the minutes' If-Match (the commit point);
 * 2. the meeting → minutesApproved. A repeat after a failed step 2 finds the
 *    approval stored and finishes step 2 only.
 */
export async function approveMinutes(deps: AppDeps, input: ApproveMinutesInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'manage', action: 'approve the minutes' });
  const { meeting, minutes, work } = scope;
  requireSameVersion(minutes, input.ifMatch, 'minutes');
  assertTransition(meeting.value.status, 'minutesApproved');
  if (!minutes.value.approval) {
    const approved = approve(minutes.value, meeting.value, scope.me.aadObjectId, scope.now, input.corrections);
    const etags = new Map(work.attendance.map((r) => [r.value.memberId, r.etag]));
    const changes: WorkChange[] = [
      { op: 'update', kind: 'minutes', value: approved, etag: input.ifMatch },
      ...withoutPrivateReasons(work.attendance.map((r) => r.value)).map((value): WorkChange => ({
        op: 'update',
        kind: 'attendance',
        value,
        etag: etags.get(value.memberId)!,
      })),
    ];
    await deps.work.apply(input.councilId, input.meetingId, changes);
  }
  await deps.meetings.update({ ...meeting.value, status: 'minutesApproved' }, meeting.etag);
  return loadMinutes(deps, input);
}
