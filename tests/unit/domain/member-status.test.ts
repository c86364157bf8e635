import type { Meeting } from '../../../bot/src/domain/meeting';
import { memberStatus, type MeetingWork } from '../../../bot/src/domain/member-status';
import { aMeeting, anAnswer, anInput, anInputRequest, aProposal } from './builders';

/**
 * A meeting the day after Norway leaves summer time (Sunday 25 October 2026,
 * 03:00 CEST → 02:00 CET). Every instant below is UTC; the Oslo time is in the comment.
 */
const MEETING: Meeting = aMeeting({
  status: 'noticeSent',
  // Monday 26 October 2026 10:00 in Oslo (CET, +01:00).
  startsAt: '2026-10-26T09:00:00.000Z',
  endsAt: '2026-10-26T11:30:00.000Z',
  // Friday 23 October 2026 23:59 in Oslo (still CEST, +02:00).
  proposalDeadline: '2026-10-23T21:59:00.000Z',
  noticeDeadline: '2026-10-19T08:00:00.000Z',
});

// Sunday 25 October 2026 23:59 in Oslo, after the change (CET, +01:00).
const SUNDAY_DEADLINE = '2026-10-25T22:59:00.000Z';
// Saturday 24 October 2026 23:59 in Oslo (CEST, +02:00).
const SATURDAY_DEADLINE = '2026-10-24T21:59:00.000Z';

/** Sunday 25 October 2026 23:30 in Oslo (CET): after Saturday's deadline, before Sunday's. */
const SUNDAY_LATE = new Date('2026-10-25T22:30:00.000Z');

const noWork: MeetingWork = { attendance: [], inputRequests: [], inputs: [], proposals: [] };

function work(overrides: Partial<MeetingWork>): MeetingWork {
  return { ...noWork, ...overrides };
}

describe('memberStatus: attendance', () => {
  it('is notAnswered and open when the member has given no answer before the meeting', () => {
    const status = memberStatus(MEETING, noWork, 'ola', SUNDAY_LATE);
    expect(status.attendance).toBe('notAnswered');
    expect(status.attendanceOpen).toBe(true);
    expect(status.meeting).toBe(MEETING);
  });

  it("shows the member's own answer, not someone else's", () => {
    const answers = [anAnswer('kari', { kind: 'attend' }), anAnswer('ola', { kind: 'apologies', reason: 'sykdom' })];
    expect(memberStatus(MEETING, work({ attendance: answers }), 'ola', SUNDAY_LATE).attendance).toBe('apologies');
    expect(memberStatus(MEETING, work({ attendance: answers }), 'kari', SUNDAY_LATE).attendance).toBe('attend');
    expect(memberStatus(MEETING, work({ attendance: answers }), 'per', SUNDAY_LATE).attendance).toBe('notAnswered');
  });

  it('shows a deputy answer as deputy', () => {
    const answers = [anAnswer('ola', { kind: 'deputy', deputyId: 'per' })];
    expect(memberStatus(MEETING, work({ attendance: answers }), 'ola', SUNDAY_LATE).attendance).toBe('deputy');
  });

  it('stays open until the instant the meeting starts, then closes', () => {
    expect(memberStatus(MEETING, noWork, 'ola', new Date('2026-10-26T08:59:59.999Z')).attendanceOpen).toBe(true);
    expect(memberStatus(MEETING, noWork, 'ola', new Date('2026-10-26T09:00:00.000Z')).attendanceOpen).toBe(false);
    expect(memberStatus(MEETING, noWork, 'ola', new Date('2026-10-26T10:00:00.000Z')).attendanceOpen).toBe(false);
  });

  it('is closed for a cancelled meeting even before it would have started', () => {
    const cancelled = { ...MEETING, status: 'cancelled' as const, cancelledReason: 'For få påmeldte' };
    const status = memberStatus(cancelled, noWork, 'ola', SUNDAY_LATE);
    expect(status.attendanceOpen).toBe(false);
    expect(status.openCount).toBe(0);
  });
});

describe('memberStatus: input requests', () => {
  it('lists requests that ask everyone (empty list) and those that name the member, not those for others', () => {
    const requests = [
      anInputRequest('everyone', SUNDAY_DEADLINE, []),
      anInputRequest('named', SUNDAY_DEADLINE, ['kari', 'ola']),
      anInputRequest('others', SUNDAY_DEADLINE, ['kari', 'per']),
    ];
    const status = memberStatus(MEETING, work({ inputRequests: requests }), 'ola', SUNDAY_LATE);
    expect(status.inputs.map((i) => i.request.id).sort()).toEqual(['everyone', 'named']);
  });

  it("is answered only by the member's own input to that request", () => {
    const requests = [anInputRequest('r1', SUNDAY_DEADLINE), anInputRequest('r2', SUNDAY_DEADLINE)];
    const inputs = [anInput('r1', 'kari'), anInput('r2', 'ola')];
    const status = memberStatus(MEETING, work({ inputRequests: requests, inputs }), 'ola', SUNDAY_LATE);
    const answered = Object.fromEntries(status.inputs.map((i) => [i.request.id, i.answered]));
    expect(answered).toEqual({ r1: false, r2: true });
  });

  it('is open before its deadline and closed from the deadline instant (across the DST change)', () => {
    const requests = [anInputRequest('sat', SATURDAY_DEADLINE), anInputRequest('sun', SUNDAY_DEADLINE)];
    const at = (iso: string) =>
      Object.fromEntries(
        memberStatus(MEETING, work({ inputRequests: requests }), 'ola', new Date(iso)).inputs.map((i) => [i.request.id, i.open]),
      );
    // Sunday 23:30 CET: Saturday's deadline has passed, Sunday's has not.
    expect(at(SUNDAY_LATE.toISOString())).toEqual({ sat: false, sun: true });
    expect(at('2026-10-25T22:58:59.999Z')).toEqual({ sat: false, sun: true });
    expect(at('2026-10-25T22:59:00.000Z')).toEqual({ sat: false, sun: false });
    // Saturday 23:58 CEST: both still open.
    expect(at('2026-10-24T21:58:00.000Z')).toEqual({ sat: true, sun: true });
  });

  it('lists requests earliest deadline first, whatever order they are stored in', () => {
    const requests = [
      anInputRequest('late', '2026-10-30T22:59:00.000Z'),
      anInputRequest('early', SATURDAY_DEADLINE),
      anInputRequest('middle', SUNDAY_DEADLINE),
    ];
    const status = memberStatus(MEETING, work({ inputRequests: requests }), 'ola', SUNDAY_LATE);
    expect(status.inputs.map((i) => i.request.id)).toEqual(['early', 'middle', 'late']);
  });
});

describe('memberStatus: proposals', () => {
  it("lists only the member's own proposals, oldest first", () => {
    const proposals = [
      aProposal('p3', 'ola', '2026-10-20T10:00:00.000Z'),
      aProposal('p1', 'kari', '2026-10-18T10:00:00.000Z'),
      aProposal('p2', 'ola', '2026-10-19T10:00:00.000Z', { status: 'declined', decisionReason: 'Tatt opp i juni' }),
    ];
    const status = memberStatus(MEETING, work({ proposals }), 'ola', SUNDAY_LATE);
    expect(status.myProposals.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(memberStatus(MEETING, work({ proposals }), 'per', SUNDAY_LATE).myProposals).toEqual([]);
  });

  it('are open until the proposal deadline instant', () => {
    expect(memberStatus(MEETING, noWork, 'ola', new Date('2026-10-23T21:58:59.999Z')).proposalsOpen).toBe(true);
    expect(memberStatus(MEETING, noWork, 'ola', new Date('2026-10-23T21:59:00.000Z')).proposalsOpen).toBe(false);
    expect(memberStatus(MEETING, noWork, 'ola', SUNDAY_LATE).proposalsOpen).toBe(false);
  });
});

describe('memberStatus: openCount', () => {
  it('counts unanswered attendance and every open, unanswered input the member is asked for', () => {
    const requests = [
      anInputRequest('open-unanswered', SUNDAY_DEADLINE),
      anInputRequest('open-answered', SUNDAY_DEADLINE),
      anInputRequest('closed-unanswered', SATURDAY_DEADLINE),
      anInputRequest('not-asked', SUNDAY_DEADLINE, ['kari']),
      anInputRequest('open-unanswered-named', '2026-10-30T22:59:00.000Z', ['ola']),
    ];
    const inputs = [anInput('open-answered', 'ola'), anInput('open-unanswered', 'kari')];
    const proposals = [aProposal('p1', 'ola', '2026-10-20T10:00:00.000Z')];
    const status = memberStatus(MEETING, work({ inputRequests: requests, inputs, proposals }), 'ola', SUNDAY_LATE);
    // attendance (1) + open-unanswered + open-unanswered-named; proposals never need an answer.
    expect(status.openCount).toBe(3);
  });

  it('is zero when the member has answered everything', () => {
    const status = memberStatus(
      MEETING,
      work({
        attendance: [anAnswer('ola', { kind: 'remote' })],
        inputRequests: [anInputRequest('r1', SUNDAY_DEADLINE)],
        inputs: [anInput('r1', 'ola')],
      }),
      'ola',
      SUNDAY_LATE,
    );
    expect(status.openCount).toBe(0);
  });

  it('does not count unanswered attendance once the meeting has started', () => {
    const status = memberStatus(MEETING, noWork, 'ola', new Date('2026-10-26T09:00:00.000Z'));
    expect(status.attendance).toBe('notAnswered');
    expect(status.openCount).toBe(0);
  });
});
