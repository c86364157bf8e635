import { calendarDate } from '../domain/calendar-date';
import type { Council } from '../domain/council';
import { NotFound } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import { requireManager, requireMember } from './authorize';
import type { AppDeps, Principal } from './deps';
import type { Versioned } from './ports';

/** The secretary or chair working on one of their council's meetings. */
export interface ManagerMeetingContext {
  council: Council;
  roster: Member[];
  manager: Member;
  meeting: Versioned<Meeting>;
  now: Date;
}

/**
 * Loads council, roster and meeting, and checks that the person is an active
 * secretary or chair of that council (403 otherwise) before anything else is read.
 */
export async function loadManagerMeeting(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
  action: string,
): Promise<ManagerMeetingContext> {
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  const manager = requireManager(requireMember(roster, principal, calendarDate(now, council.value.timeZone)), action);
  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  return { council: council.value, roster: roster.map((m) => m.value), manager, meeting, now };
}
