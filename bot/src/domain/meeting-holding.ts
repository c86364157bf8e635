import type { Attendance } from './attendance';
import { IllegalTransition, InvalidValue } from './errors';
import { hasStarted, type Meeting } from './meeting';
import { calendarDate } from './calendar-date';
import { isActiveOn, isDeputy, type Member } from './member';
import type { ActualAttendance, AnsweredBefore, Presence } from './minutes';

/**
 * Holding a meeting: from its start time, a meeting whose notice went out is
 * marked held, which records actual attendance and opens the draft minutes
 * (`held` → `minutesDraft` at once). A meeting still `collecting` may be held
 * only when the secretary confirms the notice went out another way.
 */
export function assertCanHold(meeting: Meeting, now: Date, noticeSentElsewhere: boolean): void {
  // Held without minutes (marked held before Utvalg wrote minutes): the draft can still be opened.
  if (meeting.status === 'held') return;
  if (meeting.status === 'collecting') {
    if (!noticeSentElsewhere)
      throw new InvalidValue(
        'noticeSentElsewhere',
        { problem: 'noticeNotSent' },
        'the notice was not sent from Utvalg; confirm it went out another way',
      );
  } else if (meeting.status !== 'noticeSent') {
    throw new IllegalTransition(meeting.status, 'held');
  }
  if (!hasStarted(meeting, now))
    throw new InvalidValue('startsAt', { problem: 'notStartedYet' }, 'a meeting is held from its start time');
}

/** The lifecycle steps holding takes from each state it is allowed in. */
export function holdingPath(meeting: Meeting): ('noticeSent' | 'held' | 'minutesDraft')[] {
  if (meeting.status === 'held') return ['minutesDraft'];
  return meeting.status === 'collecting' ? ['noticeSent', 'held', 'minutesDraft'] : ['held', 'minutesDraft'];
}

function presenceOf(answer: Attendance | undefined): { presence: Presence; answered: AnsweredBefore } {
  if (!answer) return { presence: 'absent', answered: 'notAnswered' };
  switch (answer.answer.kind) {
    case 'attend':
      return { presence: 'inPerson', answered: 'attend' };
    case 'remote':
      return { presence: 'online', answered: 'remote' };
    case 'apologies':
      return { presence: 'apologies', answered: 'apologies' };
    case 'deputy':
      return { presence: 'apologies', answered: 'deputy' };
  }
}

/**
 * Actual attendance prefilled from the answers: every member active on the
 * meeting's date who sits in the council (deputies only when a member named
 * them), in roster order. A member who sent their deputy has apologies, and
 * the deputy attends for them. Nobody answered means "absent" until corrected,
 * except the person holding the meeting (`heldBy`): they are there.
 */
export function prefillAttendance(
  meeting: Meeting,
  timeZone: string,
  roster: readonly Member[],
  answers: readonly Attendance[],
  heldBy?: string,
): ActualAttendance[] {
  const date = calendarDate(meeting.startsAt, timeZone);
  const byMember = new Map(answers.map((a) => [a.memberId, a]));
  const active = roster.filter((m) => isActiveOn(m, date));
  const lines: ActualAttendance[] = [];
  for (const member of active.filter((m) => !isDeputy(m))) {
    const answer = byMember.get(member.aadObjectId);
    const holdsIt = answer === undefined && member.aadObjectId === heldBy;
    lines.push({
      memberId: member.aadObjectId,
      ...(holdsIt ? { presence: 'inPerson', answered: 'notAnswered' } : presenceOf(answer)),
    });
    if (answer?.answer.kind === 'deputy') {
      const deputyId = answer.answer.deputyId;
      if (active.some((m) => m.aadObjectId === deputyId) && !lines.some((l) => l.memberId === deputyId))
        lines.push({ memberId: deputyId, presence: 'inPerson', answered: 'notAnswered', standingInFor: member.aadObjectId });
    }
  }
  return lines;
}

/**
 * A correction of actual attendance (came late, left early, did not come after
 * all, came without answering, online instead). A person not in the list
 * (a deputy who came unannounced) is added; only the council's members can be.
 */
export function correctAttendance(
  lines: readonly ActualAttendance[],
  roster: readonly Member[],
  correction: Omit<ActualAttendance, 'answered'>,
): ActualAttendance[] {
  if (!roster.some((m) => m.aadObjectId === correction.memberId))
    throw new InvalidValue('memberId', { problem: 'notMemberOnDate' }, 'only the council’s members are in the attendance');
  if (correction.standingInFor !== undefined) {
    if (correction.standingInFor === correction.memberId || !roster.some((m) => m.aadObjectId === correction.standingInFor))
      throw new InvalidValue('standingInFor', { problem: 'invalid' }, 'a deputy stands in for another member');
  }
  const absentish = correction.presence === 'apologies' || correction.presence === 'absent';
  const next: ActualAttendance = {
    memberId: correction.memberId,
    presence: correction.presence,
    answered: lines.find((l) => l.memberId === correction.memberId)?.answered ?? 'notAnswered',
    ...(correction.standingInFor !== undefined && { standingInFor: correction.standingInFor }),
    ...(correction.cameLate === true && !absentish && { cameLate: true }),
    ...(correction.leftEarly === true && !absentish && { leftEarly: true }),
  };
  const existing = lines.findIndex((l) => l.memberId === correction.memberId);
  if (existing === -1) return [...lines, next];
  return lines.map((l, i) => (i === existing ? next : l));
}
