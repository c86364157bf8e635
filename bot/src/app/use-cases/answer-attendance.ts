import { acceptsAttendance, type Attendance, type AttendanceAnswer } from '../../domain/attendance';
import { isDeputyOptionFor } from '../../domain/deputy-options';
import { InvalidValue, MeetingClosed } from '../../domain/errors';
import { calendarDate } from '../../domain/calendar-date';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
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
  const [scope, stored] = await scopeWithOwnAnswer(deps, principal, councilId, meetingId);
  return { scope, attendance: stored?.value };
}

/**
 * The scope and the asker's own answer row, read in the same round trip. The
 * row is keyed by the asker's own id inside the named meeting, and it is only
 * used once the scope has checked that they are a member.
 */
async function scopeWithOwnAnswer(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
): Promise<[MeetingScope, Versioned<Attendance> | undefined]> {
  return Promise.all([
    loadScope(deps, { principal, councilId, meetingId }),
    principal ? deps.work.get(councilId, meetingId, 'attendance', principal.aadObjectId) : undefined,
  ]);
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
  const [scope, stored] = await scopeWithOwnAnswer(deps, principal, councilId, meetingId);
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
  const saved = stored
    ? await deps.work.update(councilId, 'attendance', attendance, stored.etag)
    : await deps.work.create(councilId, 'attendance', attendance);
  return { scope, attendance: saved.value };
}
