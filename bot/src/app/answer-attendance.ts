import { acceptsAttendance, type Attendance, type AttendanceAnswer } from '../domain/attendance';
import { isDeputyOptionFor } from '../domain/deputy-options';
import { InvalidValue, MeetingClosed } from '../domain/errors';
import { calendarDate } from '../domain/calendar-date';
import type { AppDeps, Principal } from './deps';
import { loadMemberMeeting, type MemberMeetingContext } from './member-context';

export interface AttendanceResult {
  context: MemberMeetingContext;
  attendance: Attendance | undefined;
}

/** The member's current answer, for showing the attendance card. */
export async function viewAttendance(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
): Promise<AttendanceResult> {
  const context = await loadMemberMeeting(deps, principal, councilId, meetingId);
  const stored = await deps.work.get(councilId, meetingId, 'attendance', context.member.aadObjectId);
  return { context, attendance: stored?.value };
}

/**
 * A member says whether they come (in person or online), send apologies, or
 * send a deputy. They can change it until the meeting starts. The row is
 * updated with the ETag it was read with, so an answer given meanwhile on
 * another device is never silently overwritten.
 */
export async function answerAttendance(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
  answer: AttendanceAnswer,
): Promise<AttendanceResult> {
  const context = await loadMemberMeeting(deps, principal, councilId, meetingId);
  const { meeting, member, roster, council, now } = context;
  if (!acceptsAttendance(meeting, now)) throw new MeetingClosed(meeting.id);
  if (answer.kind === 'deputy') {
    const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
    if (!isDeputyOptionFor(roster, member.aadObjectId, meetingDate, answer.deputyId)) {
      throw new InvalidValue('deputyId', { problem: 'notYourDeputy' }, 'not a deputy who can stand in for you');
    }
  }
  const attendance: Attendance = { meetingId, memberId: member.aadObjectId, answer, answeredAt: now.toISOString() };
  const stored = await deps.work.get(councilId, meetingId, 'attendance', member.aadObjectId);
  const saved = stored
    ? await deps.work.update(councilId, 'attendance', attendance, stored.etag)
    : await deps.work.create(councilId, 'attendance', attendance);
  return { context, attendance: saved.value };
}
