import { assertSettings, settingsOf, settingsProblems, withSettings } from '../../../bot/src/domain/council-settings';
import { aCouncil } from './builders';

const ctx = { currentYear: 2026, votingMembers: 8, nextFree: (year: number) => (year === 2026 ? 25 : undefined) };

describe('council settings', () => {
  it('accepts the current settings unchanged, and a move of the series forward', () => {
    const council = aCouncil({ caseNumberStart: { year: 2026, next: 23 } });
    expect(settingsProblems(council, settingsOf(council), ctx)).toEqual([]);
    expect(settingsProblems(council, { ...settingsOf(council), caseNumberStart: { year: 2026, next: 30 } }, ctx)).toEqual([]);
  });

  it('refuses a series start below numbers already handed out, and says the lowest free one', () => {
    const council = aCouncil();
    expect(settingsProblems(council, { ...settingsOf(council), caseNumberStart: { year: 2026, next: 24 } }, ctx)).toEqual([
      { field: 'caseNumberStart.next', code: 'belowTakenNumbers', lowestFree: 25 },
    ]);
    expect(settingsProblems(council, { ...settingsOf(council), caseNumberStart: { year: 2026, next: 25 } }, ctx)).toEqual([]);
    expect(() => assertSettings(council, { ...settingsOf(council), caseNumberStart: { year: 2026, next: 1 } }, ctx)).toThrow(
      /numbers below 25 have already been used/,
    );
  });

  it('sets a series for this year or next only, but an old unchanged start does not block other changes', () => {
    const council = aCouncil({ caseNumberStart: { year: 2025, next: 23 } });
    expect(settingsProblems(council, { ...settingsOf(council), language: 'nn' }, ctx)).toEqual([]);
    expect(settingsProblems(council, { ...settingsOf(council), caseNumberStart: { year: 2025, next: 40 } }, ctx)).toEqual([
      { field: 'caseNumberStart.year', code: 'yearNotCurrentOrNext' },
    ]);
    expect(settingsProblems(council, { ...settingsOf(council), caseNumberStart: { year: 2027, next: 1 } }, ctx)).toEqual([]);
  });

  it('refuses an unknown time zone and a fixed quorum larger than the voting members', () => {
    const council = aCouncil();
    expect(settingsProblems(council, { ...settingsOf(council), timeZone: 'Europe/Bergen' }, ctx)).toEqual([
      { field: 'timeZone', code: 'unknownTimeZone' },
    ]);
    expect(settingsProblems(council, { ...settingsOf(council), quorumRule: { type: 'atLeast', count: 9 } }, ctx)).toEqual([
      { field: 'quorumRule.count', code: 'quorumAboveVotingMembers' },
    ]);
    expect(settingsProblems(council, { ...settingsOf(council), quorumRule: { type: 'atLeast', count: 8 } }, ctx)).toEqual([]);
  });

  it('writes the settings into the council and removes a cleared series start', () => {
    const council = aCouncil({ caseNumberStart: { year: 2026, next: 23 }, teamId: 'team-1' });
    const { caseNumberStart: _cleared, ...rest } = settingsOf(council);
    const next = withSettings(council, { ...rest, inputVisibility: 'allMembers', language: 'en' });
    expect(next).toMatchObject({ inputVisibility: 'allMembers', language: 'en', teamId: 'team-1' });
    expect(next).not.toHaveProperty('caseNumberStart');
  });
});
