import { attendanceState, type Attendance, type AttendanceState } from './attendance';
import { calendarDate } from './calendar-date';
import type { Council } from './council';
import type { Meeting } from './meeting';
import { isActiveOn, isDeputy, type Member, type Role } from './member';
import { expectedQuorum, type QuorumResult, type QuorumRule } from './quorum';

/** One person's answer for the meeting, as the attendance overview shows it. */
export interface AttendanceLine {
  memberId: string;
  name: string;
  role: Role;
  organisation?: string;
  votingMember: boolean;
  state: AttendanceState;
  answeredAt?: string;
  /** Only for the secretary and the chair: the reason for apologies is personal (often health). */
  reason?: string;
  /** Who stands in, when the answer is "my deputy attends". */
  deputy?: { id: string; name: string };
}

/** A deputy standing in for a member. */
export interface DeputyStandingIn {
  deputyId: string;
  deputyName: string;
  forMemberId: string;
  forName: string;
  /** The same deputy was also named by another member; one person stands in for one, so quorum counts them once. */
  namedTwice: boolean;
}

/** The order the groups are read in: who comes first, who is missing last. */
export const ATTENDANCE_GROUPS: readonly AttendanceState[] = ['attend', 'remote', 'deputy', 'apologies', 'notAnswered'];

export interface AttendanceOverview {
  meeting: Meeting;
  /** Every group in ATTENDANCE_GROUPS order, empty ones included, names sorted. */
  groups: { state: AttendanceState; lines: AttendanceLine[] }[];
  deputies: DeputyStandingIn[];
  /** Observers have no attendance duty and are not in the quorum; listed for information. */
  observers: AttendanceLine[];
  quorum: QuorumResult;
  quorumRule: QuorumRule;
  /** Whether apology reasons are included (secretary and chair only). */
  reasonsShown: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * Who answered what for a meeting, who has not answered, and the expected
 * quorum. Expected to answer: active members on the meeting date who are not
 * deputies (they stand in) or observers (no attendance duty). Pure.
 */
export function attendanceOverview(
  council: Pick<Council, 'timeZone' | 'quorumRule'>,
  meeting: Meeting,
  roster: readonly Member[],
  answers: readonly Attendance[],
  reader: { canManage: boolean },
): AttendanceOverview {
  const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
  const active = roster.filter((m) => isActiveOn(m, meetingDate));
  const nameOf = new Map(roster.map((m) => [m.aadObjectId, m.name]));
  const answerOf = new Map(answers.map((a) => [a.memberId, a]));

  const lineFor = (m: Member): AttendanceLine => {
    const answered = answerOf.get(m.aadObjectId);
    const line: AttendanceLine = {
      memberId: m.aadObjectId,
      name: m.name,
      role: m.role,
      ...(m.organisation !== undefined && { organisation: m.organisation }),
      votingMember: m.votingMember && m.role !== 'observer',
      state: attendanceState(answered),
    };
    if (!answered) return line;
    line.answeredAt = answered.answeredAt;
    const answer = answered.answer;
    if (answer.kind === 'apologies' && answer.reason !== undefined && reader.canManage) line.reason = answer.reason;
    if (answer.kind === 'deputy') line.deputy = { id: answer.deputyId, name: nameOf.get(answer.deputyId) ?? '?' };
    return line;
  };

  const expected = active
    .filter((m) => !isDeputy(m) && m.role !== 'observer')
    .map(lineFor)
    .sort(byName);
  const observers = active
    .filter((m) => m.role === 'observer' && !isDeputy(m))
    .map(lineFor)
    .sort(byName);

  const namedCount = new Map<string, number>();
  for (const line of expected) {
    if (line.deputy) namedCount.set(line.deputy.id, (namedCount.get(line.deputy.id) ?? 0) + 1);
  }
  const deputies: DeputyStandingIn[] = expected
    .filter((line) => line.deputy !== undefined)
    .map((line) => ({
      deputyId: line.deputy!.id,
      deputyName: line.deputy!.name,
      forMemberId: line.memberId,
      forName: line.name,
      namedTwice: (namedCount.get(line.deputy!.id) ?? 0) > 1,
    }))
    .sort((a, b) => a.deputyName.localeCompare(b.deputyName, 'nb'));

  return {
    meeting,
    groups: ATTENDANCE_GROUPS.map((state) => ({ state, lines: expected.filter((line) => line.state === state) })),
    deputies,
    observers,
    quorum: expectedQuorum(roster, answers, council.quorumRule, meetingDate),
    quorumRule: council.quorumRule,
    reasonsShown: reader.canManage,
  };
}
