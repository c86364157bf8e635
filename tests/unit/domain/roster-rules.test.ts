import type { Member } from '../../../bot/src/domain/member';
import {
  assertRosterChange,
  deputyTargets,
  draftOf,
  memberFromDraft,
  rosterChangeProblems,
  withVotingRule,
} from '../../../bot/src/domain/roster-rules';
import { publicMember, quorumSummary, readerRoster } from '../../../bot/src/domain/roster-view';
import { aMember } from './builders';

const TODAY = '2026-03-10';

/** Secretary, chair, two members, Ola as Patti's personal deputy, an observer, and a member who left. */
function roster(): Member[] {
  return [
    aMember('alex', { name: 'Alex Wilber', role: 'secretary', votingMember: false }),
    aMember('megan', { name: 'Megan Bowen', role: 'chair' }),
    aMember('patti', { name: 'Patti Fernandez', role: 'viceChair' }),
    aMember('adele', { name: 'Adele Vance' }),
    aMember('ola', { name: 'Ola Berg', deputyOf: 'patti', votingMember: false }),
    aMember('sigrid', { name: 'Sigrid Lunde', role: 'observer', votingMember: false }),
    aMember('anita', { name: 'Anita Williams', activeTo: '2025-12-31' }),
  ];
}
const byId = (id: string) => roster().find((m) => m.aadObjectId === id)!;
const change = (id: string, patch: Partial<Member>) => {
  const before = byId(id);
  return rosterChangeProblems(roster(), before, { ...before, ...patch }, TODAY);
};

describe('roster rules for the secretary', () => {
  it('accepts an ordinary edit', () => {
    expect(change('adele', { organisation: 'RIO', editorialBoard: true })).toEqual([]);
  });

  it('refuses a last day before the first day', () => {
    expect(change('adele', { activeTo: '2019-12-31' })).toEqual([{ field: 'activeTo', code: 'endBeforeStart' }]);
    expect(change('adele', { activeTo: '2020-01-01' })).toEqual([]);
  });

  it('refuses a first or last day in year 0 or 9999 (9999 as a first day would take access away at once)', () => {
    expect(change('adele', { activeFrom: '9999-01-01' })).toEqual([{ field: 'activeFrom', code: 'tooFarAhead' }]);
    expect(change('adele', { activeTo: '9999-12-31' })).toEqual([{ field: 'activeTo', code: 'tooFarAhead' }]);
    expect(change('adele', { activeFrom: '0000-01-01' })).toEqual([{ field: 'activeFrom', code: 'invalid' }]);
    expect(change('adele', { activeTo: '2036-03-10' })).toEqual([]);
    expect(change('adele', { activeTo: '2036-03-11' })).toEqual([{ field: 'activeTo', code: 'tooFarAhead' }]);
    expect(() => assertRosterChange(roster(), byId('adele'), { ...byId('adele'), activeTo: '9999-12-31' }, TODAY)).toThrow(
      /at most 10 years ahead/,
    );
  });

  it('refuses a deputy for themselves, for an observer, for another deputy, or for a former member', () => {
    expect(change('ola', { deputyOf: 'ola' })).toEqual([{ field: 'deputyOf', code: 'selfDeputy' }]);
    expect(change('ola', { deputyOf: 'sigrid' })).toEqual([{ field: 'deputyOf', code: 'deputyTargetInvalid' }]);
    expect(change('adele', { deputyOf: 'ola', votingMember: false })).toEqual([
      { field: 'deputyOf', code: 'deputyTargetInvalid' },
    ]);
    expect(change('ola', { deputyOf: 'anita' })).toEqual([{ field: 'deputyOf', code: 'deputyTargetInvalid' }]);
    expect(change('ola', { deputyOf: 'someone-in-another-council' })).toEqual([
      { field: 'deputyOf', code: 'deputyTargetInvalid' },
    ]);
    expect(change('ola', { deputyOf: 'adele' })).toEqual([]);
  });

  it('accepts a secretary as the member a deputy stands in for only when the secretary votes', () => {
    expect(change('ola', { deputyOf: 'alex' })).toEqual([{ field: 'deputyOf', code: 'deputyTargetInvalid' }]);
    const voting = roster().map((m) => (m.aadObjectId === 'alex' ? { ...m, votingMember: true } : m));
    const ola = byId('ola');
    expect(rosterChangeProblems(voting, ola, { ...ola, deputyOf: 'alex' }, TODAY)).toEqual([]);
  });

  it('refuses a deputy who would outlive the member they stand in for', () => {
    const ending = roster().map((m) => (m.aadObjectId === 'adele' ? { ...m, activeTo: '2026-06-30' } : m));
    const ola = byId('ola');
    expect(rosterChangeProblems(ending, ola, { ...ola, deputyOf: 'adele' }, TODAY)).toEqual([
      { field: 'deputyOf', code: 'deputyTargetInvalid' },
    ]);
    expect(rosterChangeProblems(ending, ola, { ...ola, deputyOf: 'adele', activeTo: '2026-06-30' }, TODAY)).toEqual([]);
  });

  it('lets only the role "member" be a deputy', () => {
    expect(change('megan', { inDeputyPool: true })).toEqual([{ field: 'inDeputyPool', code: 'deputyMustBeMember' }]);
    expect(change('ola', { role: 'observer' })).toEqual([{ field: 'deputyOf', code: 'deputyMustBeMember' }]);
  });

  it('refuses to end, demote or make a deputy of a member whose personal deputy would be stranded', () => {
    expect(change('patti', { activeTo: '2026-03-31' })).toEqual([
      { field: 'activeTo', code: 'hasPersonalDeputies', names: ['Ola Berg'] },
    ]);
    expect(change('patti', { role: 'observer' })).toEqual([{ field: 'role', code: 'hasPersonalDeputies', names: ['Ola Berg'] }]);
    // Once Ola's own membership ends with Patti's, Patti's can end too.
    const olaEnds = roster().map((m) => (m.aadObjectId === 'ola' ? { ...m, activeTo: '2026-03-31' } : m));
    const patti = byId('patti');
    expect(rosterChangeProblems(olaEnds, patti, { ...patti, activeTo: '2026-03-31' }, TODAY)).toEqual([]);
  });

  it('keeps at least one secretary whose membership has not ended', () => {
    expect(change('alex', { activeTo: TODAY })).toEqual([{ field: 'activeTo', code: 'lastSecretary' }]);
    expect(change('alex', { role: 'member', votingMember: true })).toEqual([{ field: 'role', code: 'lastSecretary' }]);
    // With a successor (starting later, even) the old secretary can step down.
    const successor = aMember('nina', { role: 'secretary', votingMember: false, activeFrom: '2026-04-01' });
    const alex = byId('alex');
    expect(rosterChangeProblems([...roster(), successor], alex, { ...alex, activeTo: '2026-03-31' }, TODAY)).toEqual([]);
  });

  it('does not let an old inconsistency block an unrelated edit, but never adds a new one', () => {
    const noSecretary = roster().filter((m) => m.role !== 'secretary');
    const adele = byId('adele');
    expect(rosterChangeProblems(noSecretary, adele, { ...adele, title: 'brukerrepresentant' }, TODAY)).toEqual([]);
    const broken = roster().map((m) => (m.aadObjectId === 'ola' ? { ...m, deputyOf: 'anita' } : m));
    const ola = broken.find((m) => m.aadObjectId === 'ola')!;
    expect(rosterChangeProblems(broken, ola, { ...ola, name: 'Ola Berg jr.' }, TODAY)).toEqual([]);
  });

  it('checks a new member against the roster as well', () => {
    const newcomer = memberFromDraft(
      { councilId: byId('adele').councilId, tenantId: 'tenant-test', aadObjectId: 'tor' },
      { name: 'Tor Haugen', role: 'chair', inDeputyPool: true, editorialBoard: false, activeFrom: TODAY },
    );
    expect(rosterChangeProblems(roster(), undefined, newcomer, TODAY)).toEqual([
      { field: 'inDeputyPool', code: 'deputyMustBeMember' },
    ]);
  });

  it('throws the first problem as an InvalidValue naming the field', () => {
    const patti = byId('patti');
    expect(() => assertRosterChange(roster(), patti, { ...patti, activeTo: TODAY }, TODAY)).toThrow(/activeTo: Ola Berg is/);
  });
});

describe('voting follows the role, except for a secretary', () => {
  it('sets the flag from the role and turns it off for deputies', () => {
    expect(withVotingRule(aMember('a', { role: 'observer', votingMember: true })).votingMember).toBe(false);
    expect(withVotingRule(aMember('a', { role: 'member', votingMember: false })).votingMember).toBe(true);
    expect(withVotingRule(aMember('a', { role: 'member', inDeputyPool: true })).votingMember).toBe(false);
    expect(withVotingRule(aMember('a', { role: 'secretary', votingMember: true })).votingMember).toBe(true);
    expect(withVotingRule(aMember('a', { role: 'secretary', votingMember: false })).votingMember).toBe(false);
  });

  it('round-trips a member through the form draft', () => {
    const ola = byId('ola');
    expect(memberFromDraft(ola, draftOf(ola), ola.activeTo)).toEqual(ola);
  });
});

describe('what the roster shows', () => {
  it('offers as personal-deputy targets only current voting members, by name', () => {
    expect(deputyTargets(roster(), byId('ola'), TODAY).map((m) => m.name)).toEqual([
      'Adele Vance',
      'Megan Bowen',
      'Patti Fernandez',
    ]);
  });

  it('gives members today’s roster without personal settings', () => {
    const withLanguage = roster().map((m) => (m.aadObjectId === 'adele' ? { ...m, language: 'nn' as const } : m));
    const view = readerRoster(withLanguage, TODAY);
    expect(view.map((m) => m.name)).toEqual([
      'Megan Bowen',
      'Patti Fernandez',
      'Adele Vance',
      'Ola Berg',
      'Alex Wilber',
      'Sigrid Lunde',
    ]);
    expect(view.every((m) => !('language' in m) && !('tenantId' in m))).toBe(true);
    expect(publicMember(byId('ola'))).toMatchObject({ deputyOf: 'patti' });
  });

  it('summarises the quorum threshold against today’s voting members', () => {
    // Megan, Patti, Adele vote (the secretary does not, Ola is a deputy, Sigrid observes, Anita left).
    expect(quorumSummary({ type: 'moreThanHalf' }, roster(), TODAY)).toEqual({
      rule: { type: 'moreThanHalf' },
      votingMembers: 3,
      required: 2,
    });
    expect(quorumSummary({ type: 'atLeast', count: 3 }, roster(), TODAY).required).toBe(3);
  });
});
