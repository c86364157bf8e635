import { hasStarted, type Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';

/** A member's answer for one meeting. `notAnswered` is the absence of a record, not a stored value. */
export type AttendanceAnswer =
  | { kind: 'attend' }
  | { kind: 'remote' }
  | { kind: 'apologies'; reason?: string; reasonInMinutes?: boolean }
  | { kind: 'deputy'; deputyId: string };

export type AttendanceKind = AttendanceAnswer['kind'];
export const ATTENDANCE_KINDS: readonly AttendanceKind[] = ['attend', 'remote', 'apologies', 'deputy'];

export interface Attendance {
  meetingId: string;
  /** aadObjectId of the member who answered. */
  memberId: string;
  answer: AttendanceAnswer;
  answeredAt: string;
}

/** Whether the member (or their deputy) will be in the room or online. */
export function isPresent(answer: AttendanceAnswer): boolean {
  return answer.kind !== 'apologies';
}

/**
 * The choice a card opened with "forfall" (send apologies) starts on:
 * apologies, unless the stored answer already says the member will not come
 * themselves (apologies, or their deputy instead), which is kept. A stored
 * "I'll be there" must not stay chosen: a member who types "forfall", writes a
 * reason and presses send means apologies.
 */
export function apologiesChoice(stored: AttendanceAnswer | undefined): 'apologies' | 'deputy' {
  return stored?.kind === 'deputy' ? 'deputy' : 'apologies';
}

export type AttendanceState = AttendanceKind | 'notAnswered';

export function attendanceState(attendance: Attendance | undefined): AttendanceState {
  return attendance === undefined ? 'notAnswered' : attendance.answer.kind;
}

/** Members can give or change their answer until the meeting starts. */
export function acceptsAttendance(meeting: Meeting, now: Date): boolean {
  return isOpenForMembers(meeting.status) && !hasStarted(meeting, now);
}
