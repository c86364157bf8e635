import { deputyOptions, isDeputyOptionFor } from '../../../bot/src/domain/deputy-options';
import type { Member } from '../../../bot/src/domain/member';
import { aMember } from './builders';

/** The meeting is on Monday 26 October 2026, the day after the DST change. */
const MEETING_DATE = '2026-10-26';

const ola = aMember('ola');
const kari = aMember('kari');
// Listed before the personal deputies on purpose: order in the roster must not decide order in the list.
const pool1 = aMember('pool-1', { name: 'Pål Pool', inDeputyPool: true, votingMember: false });
const per = aMember('per', { name: 'Per Personlig', deputyOf: 'ola', votingMember: false });
const pia = aMember('pia', { name: 'Pia Personlig og i pool', deputyOf: 'ola', inDeputyPool: true, votingMember: false });
const pool2 = aMember('pool-2', { inDeputyPool: true, votingMember: false });
const karisDeputy = aMember('kari-vara', { deputyOf: 'kari', votingMember: false });
const leftBefore = aMember('pool-left', { inDeputyPool: true, activeTo: '2026-10-25' });
const startsAfter = aMember('pool-new', { inDeputyPool: true, activeFrom: '2026-10-27' });
const perLeftBefore = aMember('per-old', { deputyOf: 'ola', activeFrom: '2019-01-01', activeTo: '2026-06-30' });
const lastDay = aMember('pool-last-day', { inDeputyPool: true, activeTo: MEETING_DATE });
const firstDay = aMember('pool-first-day', { inDeputyPool: true, activeFrom: MEETING_DATE });

const ROSTER: Member[] = [
  ola,
  kari,
  pool1,
  per,
  pia,
  pool2,
  karisDeputy,
  leftBefore,
  startsAfter,
  perLeftBefore,
  lastDay,
  firstDay,
];

const ids = (members: readonly Member[]) => members.map((m) => m.aadObjectId);

describe('deputyOptions', () => {
  it("lists the member's personal deputies first, then the pool", () => {
    expect(ids(deputyOptions(ROSTER, 'ola', MEETING_DATE))).toEqual([
      'per',
      'pia',
      'pool-1',
      'pool-2',
      'pool-last-day',
      'pool-first-day',
    ]);
  });

  it('lists a personal deputy who is also in the pool once, as personal', () => {
    const options = ids(deputyOptions(ROSTER, 'ola', MEETING_DATE));
    expect(options.filter((id) => id === 'pia')).toHaveLength(1);
    expect(options.indexOf('pia')).toBeLessThan(options.indexOf('pool-1'));
  });

  it("does not offer someone else's personal deputy, but does offer the pool to everyone", () => {
    expect(ids(deputyOptions(ROSTER, 'ola', MEETING_DATE))).not.toContain('kari-vara');
    expect(ids(deputyOptions(ROSTER, 'kari', MEETING_DATE))).toEqual([
      'kari-vara',
      'pool-1',
      'pia',
      'pool-2',
      'pool-last-day',
      'pool-first-day',
    ]);
  });

  it('never offers the member themselves, even when they are in the pool', () => {
    const roster = [...ROSTER, aMember('selv', { inDeputyPool: true })];
    expect(ids(deputyOptions(roster, 'selv', MEETING_DATE))).not.toContain('selv');
    expect(ids(deputyOptions(roster, 'ola', MEETING_DATE))).toContain('selv');
  });

  it('leaves out people who are not active on the meeting date (inclusive at both ends)', () => {
    const options = ids(deputyOptions(ROSTER, 'ola', MEETING_DATE));
    expect(options).not.toContain('pool-left');
    expect(options).not.toContain('pool-new');
    expect(options).not.toContain('per-old');
    expect(options).toContain('pool-last-day');
    expect(options).toContain('pool-first-day');
  });

  it('is empty for a member with no personal deputy when the council has no pool', () => {
    expect(deputyOptions([ola, kari, karisDeputy], 'ola', MEETING_DATE)).toEqual([]);
  });
});

describe('isDeputyOptionFor', () => {
  it('accepts exactly the people deputyOptions offers', () => {
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'per')).toBe(true);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'pool-2')).toBe(true);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'kari-vara')).toBe(false);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'ola')).toBe(false);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'kari')).toBe(false);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'pool-left')).toBe(false);
    expect(isDeputyOptionFor(ROSTER, 'ola', MEETING_DATE, 'nobody')).toBe(false);
  });
});
