import { correctAttendance as corrected } from '../../domain/meeting-holding';
import { assertDraftWritable } from '../../domain/minutes-approval';
import type { ActualAttendance } from '../../domain/minutes';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { membersOf } from '../scope/request-scope';
import { loadMinutes } from './load-minutes';

export interface CorrectAttendanceInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
  corrections: Omit<ActualAttendance, 'answered'>[];
}

/** Actual attendance as it was (came late, left early, did not come, came without answering), while the minutes are a draft. */
export async function correctActualAttendance(deps: AppDeps, input: CorrectAttendanceInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'write', action: 'record attendance' });
  assertDraftWritable(scope.meeting.value);
  requireSameVersion(scope.minutes, input.ifMatch, 'minutes');
  const roster = membersOf(scope);
  let attendance = scope.minutes.value.attendance;
  for (const correction of input.corrections) attendance = corrected(attendance, roster, correction);
  await deps.work.update(input.councilId, 'minutes', { ...scope.minutes.value, attendance }, input.ifMatch);
  return loadMinutes(deps, input);
}
