import { MeetingClosed } from '../../domain/errors';
import { isOpenForMembers } from '../../domain/meeting-status';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';
import { numberNewItems } from '../support/number-new-items';

export interface LockAgendaInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * Locks the agenda without publishing it (the demo's held meeting is seeded
 * this way): takes case numbers for the items that have none, writes them in
 * one transaction, and marks the meeting locked. Publishing the notice does
 * the same as part of its own steps.
 */
export async function lockAgenda(deps: AppDeps, input: LockAgendaInput): Promise<void> {
  const { principal, councilId, meetingId } = input;
  const { council, meeting, now } = await loadScope(deps, { principal, councilId, meetingId, managerAction: 'lock the agenda' });
  if (!isOpenForMembers(meeting.value.status)) throw new MeetingClosed(meetingId);
  const work = await deps.work.load(councilId, meetingId);
  const { updates } = await numberNewItems(deps, council.value, meeting.value, work.item);
  if (updates.length > 0) await deps.work.apply(councilId, meetingId, updates);
  await deps.meetings.update({ ...meeting.value, agendaLockedAt: now.toISOString() }, meeting.etag);
}
