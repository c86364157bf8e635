import { isTimeZone } from './council-setup';
import { InvalidValue } from './errors';
import type { Council, InputVisibility } from './council';
import type { Language } from './language';
import type { Problem, ProblemCode } from './problem';
import type { QuorumRule } from './quorum';

/** What the secretary (or chair) can change about the council in the tab. */
export interface CouncilSettings {
  language: Language;
  timeZone: string;
  quorumRule: QuorumRule;
  /** Where the case-number series continues (e.g. next case 23 in 2026); absent: every year starts at 1. */
  caseNumberStart?: { year: number; next: number };
  inputVisibility: InputVisibility;
}

export function settingsOf(council: Council): CouncilSettings {
  const settings: CouncilSettings = {
    language: council.language,
    timeZone: council.timeZone,
    quorumRule: council.quorumRule,
    inputVisibility: council.inputVisibility,
  };
  if (council.caseNumberStart !== undefined) settings.caseNumberStart = council.caseNumberStart;
  return settings;
}

export function withSettings(council: Council, settings: CouncilSettings): Council {
  const { caseNumberStart: _old, ...rest } = council;
  const next: Council = {
    ...rest,
    language: settings.language,
    timeZone: settings.timeZone,
    quorumRule: settings.quorumRule,
    inputVisibility: settings.inputVisibility,
  };
  if (settings.caseNumberStart !== undefined) next.caseNumberStart = settings.caseNumberStart;
  return next;
}

export type SettingsField = 'timeZone' | 'quorumRule.count' | 'caseNumberStart.year' | 'caseNumberStart.next';

/** The settings' problems: codes of the one vocabulary in problem.ts. */
export type SettingsProblemCode = Extract<
  ProblemCode,
  | 'unknownTimeZone'
  /** A fixed quorum larger than the council's voting members could never be reached. */
  | 'quorumAboveVotingMembers'
  /** A series can be set for this year or next, not for a year that is over. */
  | 'yearNotCurrentOrNext'
  /** The counter has already handed out numbers at or above this one; numbers are never reused. */
  | 'belowTakenNumbers'
>;

export interface SettingsProblem {
  field: SettingsField;
  code: SettingsProblemCode;
  /** For belowTakenNumbers: the lowest number still free. */
  lowestFree?: number;
}

export interface SettingsContext {
  /** The current calendar year in the council's zone. */
  currentYear: number;
  /** Voting members today (the quorum base). */
  votingMembers: number;
  /** First free number of the counter for a year, if the counter has handed out any. */
  nextFree: (year: number) => number | undefined;
}

/**
 * What is wrong with new settings. The case-number start is checked only when
 * it changes: an unchanged start from last year must not block changing the
 * language. Lowering the start below numbers already taken is refused, since
 * a case number is never given twice.
 */
export function settingsProblems(current: CouncilSettings, next: CouncilSettings, ctx: SettingsContext): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (next.timeZone !== current.timeZone && !isTimeZone(next.timeZone)) {
    problems.push({ field: 'timeZone', code: 'unknownTimeZone' });
  }
  if (next.quorumRule.type === 'atLeast' && next.quorumRule.count > ctx.votingMembers) {
    problems.push({ field: 'quorumRule.count', code: 'quorumAboveVotingMembers' });
  }
  const start = next.caseNumberStart;
  const before = current.caseNumberStart;
  const changed = start !== undefined && (before === undefined || before.year !== start.year || before.next !== start.next);
  if (start !== undefined && changed) {
    if (start.year !== ctx.currentYear && start.year !== ctx.currentYear + 1) {
      problems.push({ field: 'caseNumberStart.year', code: 'yearNotCurrentOrNext' });
    } else {
      const free = ctx.nextFree(start.year);
      if (free !== undefined && start.next < free) {
        problems.push({ field: 'caseNumberStart.next', code: 'belowTakenNumbers', lowestFree: free });
      }
    }
  }
  return problems;
}

/** A settings problem as the one vocabulary's problem, with its parameters. */
export function settingsProblem(problem: SettingsProblem): Problem {
  return problem.code === 'belowTakenNumbers'
    ? { problem: problem.code, params: { lowestFree: problem.lowestFree ?? 1 } }
    : { problem: problem.code };
}

/** The English sentence logged for a problem; clients show their own words for the code. */
export function settingsReason(problem: SettingsProblem): string {
  switch (problem.code) {
    case 'unknownTimeZone':
      return 'not a known IANA time zone (e.g. Europe/Oslo)';
    case 'quorumAboveVotingMembers':
      return 'cannot be more than the number of voting members';
    case 'yearNotCurrentOrNext':
      return 'must be this year or next year';
    case 'belowTakenNumbers':
      return `numbers below ${problem.lowestFree ?? '?'} have already been used; a case number is never reused`;
  }
}

export function assertSettings(current: CouncilSettings, next: CouncilSettings, ctx: SettingsContext): void {
  const first = settingsProblems(current, next, ctx)[0];
  if (first) throw new InvalidValue(first.field, settingsProblem(first), settingsReason(first));
}

/** The settings screen's data: the settings, their ETag, and what the checks above measure against. */
export interface CouncilSettingsView {
  settings: CouncilSettings;
  etag: string;
  currentYear: number;
  /** First free case number per year (this year and next) where the counter has handed out numbers. */
  nextFree: { year: number; next: number }[];
  votingMembers: number;
}
