import { IllegalTransition, InvalidValue } from '../../../bot/src/domain/errors';
import {
  agendaChangesAreRecorded,
  allowedTransitions,
  assertTransition,
  canTransition,
  isOpenForMembers,
  MEETING_STATUSES,
  type MeetingStatus,
} from '../../../bot/src/domain/meeting-status';

/** The lifecycle as DOMAIN.md describes it, written out independently of the implementation. */
const FORWARD: [MeetingStatus, MeetingStatus][] = [
  ['planned', 'collecting'],
  ['collecting', 'noticeSent'],
  ['noticeSent', 'held'],
  ['held', 'minutesDraft'],
  ['minutesDraft', 'minutesApproved'],
  ['minutesApproved', 'archived'],
];
const CANCELLABLE: MeetingStatus[] = ['planned', 'collecting', 'noticeSent'];
const LEGAL: [MeetingStatus, MeetingStatus][] = [
  ...FORWARD,
  ...CANCELLABLE.map((s): [MeetingStatus, MeetingStatus] => [s, 'cancelled']),
];
const isLegal = (from: MeetingStatus, to: MeetingStatus) => LEGAL.some(([f, t]) => f === from && t === to);

const ALL: MeetingStatus[] = [
  'planned',
  'collecting',
  'noticeSent',
  'held',
  'minutesDraft',
  'minutesApproved',
  'archived',
  'cancelled',
];
const ILLEGAL: [MeetingStatus, MeetingStatus][] = ALL.flatMap((from) =>
  ALL.filter((to) => !isLegal(from, to)).map((to): [MeetingStatus, MeetingStatus] => [from, to]),
);

describe('meeting status lifecycle', () => {
  it('knows exactly the eight statuses of DOMAIN.md', () => {
    expect([...MEETING_STATUSES].sort()).toEqual([...ALL].sort());
  });

  it('the table covers every pair', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(ALL.length * ALL.length);
    expect(ILLEGAL).toHaveLength(64 - 9);
  });

  it.each(FORWARD)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(CANCELLABLE)('allows cancelling from %s with a reason', (from) => {
    expect(canTransition(from, 'cancelled')).toBe(true);
    expect(() => assertTransition(from, 'cancelled', 'For få påmeldte')).not.toThrow();
  });

  it.each<[MeetingStatus, string | undefined]>([
    ['planned', undefined],
    ['collecting', ''],
    ['noticeSent', '   '],
  ])('cancelling from %s without a reason (%p) is an InvalidValue on reason', (from, reason) => {
    let thrown: unknown;
    try {
      assertTransition(from, 'cancelled', reason);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidValue);
    expect((thrown as InvalidValue).field).toBe('reason');
  });

  it.each(ILLEGAL)('rejects %s → %s with IllegalTransition', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    // A reason is given so that illegal cancellations fail on the transition, not on the reason.
    expect(() => assertTransition(from, to, 'en grunn')).toThrow(IllegalTransition);
    try {
      assertTransition(from, to, 'en grunn');
    } catch (error) {
      expect(error).toMatchObject({ code: 'illegalTransition', from, to });
    }
  });

  it('allowedTransitions lists exactly the legal successors', () => {
    for (const from of ALL) {
      const expected = LEGAL.filter(([f]) => f === from).map(([, t]) => t);
      expect([...allowedTransitions(from)].sort()).toEqual(expected.sort());
    }
  });
});

describe('isOpenForMembers', () => {
  it.each<[MeetingStatus, boolean]>([
    ['planned', true],
    ['collecting', true],
    ['noticeSent', true],
    ['held', false],
    ['minutesDraft', false],
    ['minutesApproved', false],
    ['archived', false],
    ['cancelled', false],
  ])('%s → %s', (status, open) => {
    expect(isOpenForMembers(status)).toBe(open);
  });
});

describe('agendaChangesAreRecorded', () => {
  it('records agenda changes only after the notice is sent', () => {
    expect(ALL.filter(agendaChangesAreRecorded)).toEqual(['noticeSent']);
  });
});
