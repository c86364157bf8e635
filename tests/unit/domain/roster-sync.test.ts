import { isActiveOn } from '../../../bot/src/domain/member';
import {
  cleanText,
  dayBefore,
  isEmptyPlan,
  normaliseName,
  planRosterSync,
  type TeamMember,
} from '../../../bot/src/domain/roster-sync';
import { aMember, COUNCIL_ID } from './builders';

const at = { councilId: COUNCIL_ID, tenantId: 'tenant-test', today: '2025-03-10' };
const person = (id: string, name = `Person ${id}`, userRole?: string): TeamMember => ({ aadObjectId: id, name, userRole });

describe('planRosterSync: joins', () => {
  it('adds people not on the roster as voting members from today, guests included', () => {
    const plan = planRosterSync([], { joined: [person('a'), person('g', 'Gjest', 'guest')], left: [] }, at);
    expect(plan.add).toEqual([
      {
        councilId: COUNCIL_ID,
        aadObjectId: 'a',
        tenantId: 'tenant-test',
        name: 'Person a',
        role: 'member',
        votingMember: true,
        inDeputyPool: false,
        editorialBoard: false,
        activeFrom: '2025-03-10',
      },
      expect.objectContaining({ aadObjectId: 'g', name: 'Gjest', role: 'member' }),
    ]);
    expect(plan.reactivate).toEqual([]);
    expect(plan.end).toEqual([]);
  });

  it('leaves active members alone, whatever their role, and lists nobody twice', () => {
    const roster = [aMember('sec', { role: 'secretary', votingMember: false }), aMember('m1')];
    const plan = planRosterSync(roster, { joined: [person('sec'), person('m1'), person('new'), person('new')], left: [] }, at);
    expect(plan.add.map((m) => m.aadObjectId)).toEqual(['new']);
    expect(plan.reactivate).toEqual([]);
  });

  it('keeps a planned end date the secretary set for a member still in the team', () => {
    const plan = planRosterSync([aMember('m1', { activeTo: '2025-06-30' })], { joined: [person('m1')], left: [] }, at);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('reactivates a former member with their row (role, flags and first day kept)', () => {
    const former = aMember('old', { role: 'chair', editorialBoard: true, activeFrom: '2021-01-01', activeTo: '2024-12-31' });
    const plan = planRosterSync([former], { joined: [person('old', 'New Name')], left: [] }, at);
    expect(plan.add).toEqual([]);
    expect(plan.reactivate).toHaveLength(1);
    const back = plan.reactivate[0]!;
    expect(back).not.toHaveProperty('activeTo');
    expect(back).toMatchObject({ role: 'chair', editorialBoard: true, activeFrom: '2021-01-01', name: 'old' });
    expect(isActiveOn(back, at.today)).toBe(true);
  });

  it('skips accounts whose Entra id cannot be a key (bots, garbage)', () => {
    const plan = planRosterSync(
      [],
      { joined: [person(''), person('a/b'), person('x'.repeat(65)), person('ok-1')], left: [] },
      at,
    );
    expect(plan.add.map((m) => m.aadObjectId)).toEqual(['ok-1']);
  });

  it('stores names cleaned: no control characters, capped, never empty; user text otherwise as given', () => {
    const plan = planRosterSync(
      [],
      {
        joined: [
          person('a', '  Kari\u0000 \n Nordmann '),
          person('b', ''),
          person('c', 'x'.repeat(500)),
          person('d', '${secret} <script>'),
        ],
        left: [],
      },
      at,
    );
    const names = plan.add.map((m) => m.name);
    expect(names[0]).toBe('Kari Nordmann');
    expect(names[1]).toBe('b');
    expect(names[2]).toHaveLength(120);
    expect(names[3]).toBe('${secret} <script>');
  });
});

describe('planRosterSync: leaves', () => {
  it('ends a leaver yesterday, so they lose access today but keep every past meeting', () => {
    const member = aMember('m1', { activeFrom: '2023-01-01' });
    const plan = planRosterSync([member], { joined: [], left: ['m1'] }, at);
    expect(plan.end).toEqual([{ ...member, activeTo: '2025-03-09' }]);
    expect(isActiveOn(plan.end[0]!, '2025-03-09')).toBe(true);
    expect(isActiveOn(plan.end[0]!, at.today)).toBe(false);
    expect(isActiveOn(plan.end[0]!, '2024-06-01')).toBe(true);
  });

  it('brings a future planned end forward, and leaves an already ended member and strangers alone', () => {
    const roster = [aMember('planned', { activeTo: '2025-12-31' }), aMember('gone', { activeTo: '2024-01-31' })];
    const plan = planRosterSync(roster, { joined: [], left: ['planned', 'gone', 'stranger'] }, at);
    expect(plan.end.map((m) => [m.aadObjectId, m.activeTo])).toEqual([['planned', '2025-03-09']]);
  });

  it('a leaver back the next day continues where they were', () => {
    const left = planRosterSync([aMember('m1', { activeFrom: '2023-01-01' })], { joined: [], left: ['m1'] }, at).end[0]!;
    const nextDay = { ...at, today: '2025-03-11' };
    const back = planRosterSync([left], { joined: [person('m1')], left: [] }, nextDay).reactivate[0]!;
    expect(back.activeFrom).toBe('2023-01-01');
    expect(back.activeTo).toBeUndefined();
  });

  it('someone listed as both joined and left counts as left', () => {
    const plan = planRosterSync([aMember('m1')], { joined: [person('m1'), person('n')], left: ['m1', 'n'] }, at);
    expect(plan.add).toEqual([]);
    expect(plan.end.map((m) => m.aadObjectId)).toEqual(['m1']);
  });

  it('a change that changes nothing is an empty plan', () => {
    expect(isEmptyPlan(planRosterSync([aMember('m1')], { joined: [person('m1')], left: [] }, at))).toBe(true);
  });
});

describe('text helpers', () => {
  it('dayBefore crosses months, years and leap days', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('cleanText caps without splitting a surrogate pair', () => {
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanText('ab😀', 4)).toBe('ab😀');
    expect(cleanText(undefined, 5)).toBe('');
  });

  it('normaliseName falls back, and never returns an empty name', () => {
    expect(normaliseName(' ', 'fallback')).toBe('fallback');
    expect(normaliseName('', '')).toBe('?');
  });
});
