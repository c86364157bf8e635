import { acceptsAttendance, type Attendance, type AttendanceAnswer } from '../../domain/attendance';
import { isDeputyOptionFor } from '../../domain/deputy-options';
import { InvalidValue, MeetingClosed } from '../../domain/errors';
import { calendarDate } from '../../domain/calendar-date';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf, type MeetingScope } from '../scope/request-scope';

export interface AttendanceResult {
  scope: MeetingScope;
  attendance: Attendance | undefined;
}

export interface ViewAttendanceInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
}

/** The member's current answer, for showing the attendance card. */
export async function viewAttendance(deps: AppDeps, input: ViewAttendanceInput): Promise<AttendanceResult> {
  const { principal, councilId, meetingId } = input;
  const scope = await loadScope(deps, { principal, councilId, meetingId });
  const stored = await deps.work.get(councilId, meetingId, 'attendance', scope.me.aadObjectId);
  return { scope, attendance: stored?.value };
}

export interface AnswerAttendanceInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
  answer: AttendanceAnswer;
}

/**
 * A member says whether they come (in person or online), send apologies, or
 * send a deputy. They can change it until the meeting starts. The row is
 * updated with the ETag it was read with, so an answer given meanwhile on
 * another device is never silently overwritten.
 */
export async function answerAttendance(deps: AppDeps, input: AnswerAttendanceInput): Promise<AttendanceResult> {
  const { principal, councilId, meetingId, answer } = input;
  const scope = await loadScope(deps, { principal, councilId, meetingId });
  const { me: member, now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  if (!acceptsAttendance(meeting, now)) throw new MeetingClosed(meeting.id);
  if (answer.kind === 'deputy') {
    const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
    if (!isDeputyOptionFor(membersOf(scope), member.aadObjectId, meetingDate, answer.deputyId)) {
      throw new InvalidValue('deputyId', { problem: 'notYourDeputy' }, 'not a deputy who can stand in for you');
    }
  }
  const attendance: Attendance = { meetingId, memberId: member.aadObjectId, answer, answeredAt: now.toISOString() };
  const stored = await deps.work.get(councilId, meetingId, 'attendance', member.aadObjectId);
  const saved = stored
    ? await deps.work.update(councilId, 'attendance', attendance, stored.etag)
    : await deps.work.create(councilId, 'attendance', attendance);
  return { scope, attendance: saved.value };
}
