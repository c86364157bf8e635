import { acceptsAttendance } from '../../../bot/src/domain/attendance';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingStatus } from '../../../bot/src/domain/meeting-status';
import { acceptsProposals, meetingsTakingProposals } from '../../../bot/src/domain/proposal';
import { aMeeting } from './builders';

/** Written out from DOMAIN.md: proposals, attendance and input are open from planning until the notice has gone out. */
const OPEN: MeetingStatus[] = ['planned', 'collecting', 'noticeSent'];
const CLOSED: MeetingStatus[] = ['held', 'minutesDraft', 'minutesApproved', 'archived', 'cancelled'];

/**
 * The proposal deadline is Sunday 25 October 2026 23:59 in Oslo, the night
 * the clocks go back (CET, +01:00 → 22:59Z). The meeting starts Monday
 * 26 October 2026 10:00 in Oslo (CET → 09:00Z).
 */
const MEETING: Meeting = aMeeting({
  startsAt: '2026-10-26T09:00:00.000Z',
  endsAt: '2026-10-26T11:30:00.000Z',
  proposalDeadline: '2026-10-25T22:59:00.000Z',
  noticeDeadline: '2026-10-19T08:00:00.000Z',
});

const at = (iso: string) => new Date(iso);

describe('acceptsProposals', () => {
  it.each(OPEN)('a %s meeting takes proposals until its deadline', (status) => {
    const meeting = { ...MEETING, status };
    expect(acceptsProposals(meeting, at('2026-10-20T08:00:00.000Z'))).toBe(true);
    expect(acceptsProposals(meeting, at('2026-10-25T22:58:59.999Z'))).toBe(true);
  });

  it.each(OPEN)('a %s meeting stops taking proposals at the deadline instant', (status) => {
    const meeting = { ...MEETING, status };
    expect(acceptsProposals(meeting, at('2026-10-25T22:59:00.000Z'))).toBe(false);
    expect(acceptsProposals(meeting, at('2026-10-25T22:59:00.001Z'))).toBe(false);
  });

  it('still takes proposals at 23:30 Oslo time on the night the clocks go back (an hour after 23:59 CEST)', () => {
    // 21:59Z would be 23:59 in summer time; the deadline is 23:59 in winter time.
    expect(acceptsProposals(MEETING, at('2026-10-25T22:30:00.000Z'))).toBe(true);
  });

  it.each(CLOSED)('a %s meeting takes no proposals, even before the deadline', (status) => {
    expect(acceptsProposals({ ...MEETING, status }, at('2026-10-20T08:00:00.000Z'))).toBe(false);
  });
});

describe('meetingsTakingProposals', () => {
  const early = aMeeting({
    id: 'early',
    startsAt: '2026-10-26T09:00:00.000Z',
    proposalDeadline: '2026-10-25T22:59:00.000Z',
  });
  const later = aMeeting({
    id: 'later',
    status: 'planned',
    startsAt: '2026-12-17T09:00:00.000Z',
    proposalDeadline: '2026-12-03T22:59:00.000Z',
  });
  const pastDeadline = aMeeting({
    id: 'past-deadline',
    startsAt: '2026-10-28T09:00:00.000Z',
    proposalDeadline: '2026-10-14T21:59:00.000Z',
  });
  const cancelled = aMeeting({
    id: 'cancelled',
    status: 'cancelled',
    cancelledReason: 'Flyttet',
    startsAt: '2026-11-05T09:00:00.000Z',
    proposalDeadline: '2026-11-01T22:59:00.000Z',
  });
  const held = aMeeting({
    id: 'held',
    status: 'held',
    startsAt: '2026-09-17T08:00:00.000Z',
    proposalDeadline: '2027-01-01T00:00:00.000Z',
  });

  it('lists only the meetings taking proposals now, earliest meeting first', () => {
    const result = meetingsTakingProposals([later, held, cancelled, pastDeadline, early], at('2026-10-20T08:00:00.000Z'));
    expect(result.map((m) => m.id)).toEqual(['early', 'later']);
  });

  it('drops a meeting at its deadline instant and keeps the rest', () => {
    const result = meetingsTakingProposals([later, early], at('2026-10-25T22:59:00.000Z'));
    expect(result.map((m) => m.id)).toEqual(['later']);
  });

  it('is empty when no meeting takes proposals', () => {
    expect(meetingsTakingProposals([held, cancelled, pastDeadline], at('2026-10-20T08:00:00.000Z'))).toEqual([]);
    expect(meetingsTakingProposals([], at('2026-10-20T08:00:00.000Z'))).toEqual([]);
  });
});

describe('acceptsAttendance', () => {
  it.each(OPEN)('a %s meeting takes answers until it starts', (status) => {
    const meeting = { ...MEETING, status };
    // After the proposal deadline, attendance is still open.
    expect(acceptsAttendance(meeting, at('2026-10-26T06:00:00.000Z'))).toBe(true);
    expect(acceptsAttendance(meeting, at('2026-10-26T08:59:59.999Z'))).toBe(true);
  });

  it.each(OPEN)('a %s meeting stops taking answers at the start instant', (status) => {
    const meeting = { ...MEETING, status };
    expect(acceptsAttendance(meeting, at('2026-10-26T09:00:00.000Z'))).toBe(false);
    expect(acceptsAttendance(meeting, at('2026-10-26T10:00:00.000Z'))).toBe(false);
  });

  it('on the day the clocks go back, a 10:00 meeting is still open at 09:30 Oslo time (08:30Z)', () => {
    const sunday = { ...MEETING, startsAt: '2026-10-25T09:00:00.000Z', proposalDeadline: '2026-10-18T21:59:00.000Z' };
    expect(acceptsAttendance(sunday, at('2026-10-25T08:30:00.000Z'))).toBe(true);
    expect(acceptsAttendance(sunday, at('2026-10-25T09:00:00.000Z'))).toBe(false);
  });

  it.each(CLOSED)('a %s meeting takes no answers, even before its start time', (status) => {
    expect(acceptsAttendance({ ...MEETING, status }, at('2026-10-20T08:00:00.000Z'))).toBe(false);
  });
});
