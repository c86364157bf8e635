import { calendarDate } from '../domain/calendar-date';
import type { DraftContext } from '../domain/input-request-rules';
import { requireManager } from './authorize';
import type { AppDeps, Principal } from './deps';
import { loadMemberMeeting, type MemberMeetingContext } from './member-context';
import type { VersionedWorkingSet } from './ports';

/** What the secretary's input-request use cases work on: the checked manager, the meeting's partition, the draft rules' context. */
export interface InputRequestWork {
  context: MemberMeetingContext;
  work: VersionedWorkingSet;
  draftContext: DraftContext;
}

/** Loads council, roster, meeting and the meeting's partition, and refuses anyone but the secretary and the chair (403). */
export async function loadInputRequestWork(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
  action: string,
): Promise<InputRequestWork> {
  const context = await loadMemberMeeting(deps, principal, councilId, meetingId);
  requireManager(context.member, action);
  const work = await deps.work.load(councilId, meetingId);
  const draftContext: DraftContext = {
    meeting: context.meeting,
    items: work.item.map((r) => r.value),
    roster: context.roster,
    meetingDate: calendarDate(context.meeting.startsAt, context.council.timeZone),
    now: context.now,
  };
  return { context, work, draftContext };
}
