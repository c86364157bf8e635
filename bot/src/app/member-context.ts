import { calendarDate } from '../domain/calendar-date';
import type { Council } from '../domain/council';
import { NotFound } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import { requireMember } from './authorize';
import type { AppDeps, Principal } from './deps';
import type { Versioned } from './ports';

/** A member acting on one of their council's meetings, with what every member flow checks. */
export interface MemberMeetingContext {
  council: Council;
  roster: Member[];
  member: Member;
  meeting: Meeting;
  now: Date;
}

/**
 * Loads council, roster and meeting for a member's action and checks that the
 * person is an active member of that council and the meeting is the council's.
 * Card data names the council and meeting, so this check is what stops a
 * crafted card from reaching another council.
 */
export async function loadMemberMeeting(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
): Promise<MemberMeetingContext> {
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  const now = deps.clock();
  if (!council) throw new NotFound('council');
  const member = requireMember(roster, principal ?? { tenantId: '', aadObjectId: '' }, calendarDate(now, council.value.timeZone));
  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  return { council: council.value, roster: roster.map((m: Versioned<Member>) => m.value), member, meeting: meeting.value, now };
}
