import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import type { InputVisibility } from '../../../../bot/src/domain/council';
import {
  settingsProblem,
  settingsProblems,
  type CouncilSettings,
  type CouncilSettingsView,
  type SettingsField,
} from '../../../../bot/src/domain/council-settings';
import type { Language } from '../../../../bot/src/domain/language';
import type { Problem } from '../../../../bot/src/domain/problem';
import { requiredForQuorum } from '../../../../bot/src/domain/quorum';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { serverProblemText } from '../../texts/problem-text';

/** The settings form's inputs (numbers as the inputs hold them). */
export interface SettingsFormState {
  language: Language;
  timeZone: string;
  quorumType: 'moreThanHalf' | 'atLeast';
  quorumCount: string;
  continueSeries: boolean;
  caseYear: string;
  caseNext: string;
  inputVisibility: InputVisibility;
}

export type SettingsFormErrors = Partial<Record<SettingsField | 'language' | 'inputVisibility', string>>;

export function stateOf(view: CouncilSettingsView): SettingsFormState {
  const s = view.settings;
  const year = s.caseNumberStart?.year ?? view.currentYear;
  const free = view.nextFree.find((n) => n.year === year)?.next;
  // Once numbers are taken the series continues after them, whatever start was set before.
  const next = Math.max(s.caseNumberStart?.next ?? 1, free ?? 1);
  return {
    language: s.language,
    timeZone: s.timeZone,
    quorumType: s.quorumRule.type,
    // Switching to a fixed number starts from what the majority rule asks today.
    quorumCount: String(requiredForQuorum(s.quorumRule, view.votingMembers)),
    continueSeries: s.caseNumberStart !== undefined,
    caseYear: String(year),
    caseNext: String(next),
    inputVisibility: s.inputVisibility,
  };
}

const wholeNumber = (text: string): number | undefined => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The settings the form describes, or the fields that are not numbers. */
export function settingsFrom(
  state: SettingsFormState,
  e: Catalogue['editing'],
): { ok: true; settings: CouncilSettings } | { ok: false; errors: SettingsFormErrors } {
  const errors: SettingsFormErrors = {};
  const count = wholeNumber(state.quorumCount);
  if (state.quorumType === 'atLeast' && (count === undefined || count < 1)) errors['quorumRule.count'] = e.invalid;
  const year = wholeNumber(state.caseYear);
  const next = wholeNumber(state.caseNext);
  if (state.continueSeries && (year === undefined || year < 2000 || year > 2099)) errors['caseNumberStart.year'] = e.invalid;
  if (state.continueSeries && (next === undefined || next < 1)) errors['caseNumberStart.next'] = e.invalid;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const settings: CouncilSettings = {
    language: state.language,
    timeZone: state.timeZone,
    quorumRule: state.quorumType === 'atLeast' ? { type: 'atLeast', count: count ?? 1 } : { type: 'moreThanHalf' },
    inputVisibility: state.inputVisibility,
  };
  if (state.continueSeries) settings.caseNumberStart = { year: year ?? 0, next: next ?? 1 };
  return { ok: true, settings };
}

/** The server's rules, run in the browser (they are the domain's), with the words for each problem. */
export function settingsFormErrors(
  state: SettingsFormState,
  view: CouncilSettingsView,
  e: Catalogue['editing'],
  language: Language,
): SettingsFormErrors {
  const parsed = settingsFrom(state, e);
  if (!parsed.ok) return parsed.errors;
  const errors: SettingsFormErrors = {};
  for (const problem of settingsProblems(view.settings, parsed.settings, {
    currentYear: view.currentYear,
    votingMembers: view.votingMembers,
    nextFree: (year) => view.nextFree.find((n) => n.year === year)?.next,
  })) {
    errors[problem.field] ??= problemText(settingsProblem(problem), language);
  }
  return errors;
}

/** A field the server refused (e.g. someone took case numbers meanwhile), by its problem code. */
export function serverFieldText(problem: Problem, e: Catalogue['editing'], language: Language): string {
  return serverProblemText(
    problem,
    ['unknownTimeZone', 'quorumAboveVotingMembers', 'yearNotCurrentOrNext', 'belowTakenNumbers'],
    e,
    language,
  );
}

/** "Med dagens 7 stemmeberettigede må minst 4 være til stede." */
export function quorumPreview(state: SettingsFormState, view: CouncilSettingsView, s: Catalogue['settings']): string | undefined {
  const count = wholeNumber(state.quorumCount);
  const rule =
    state.quorumType === 'atLeast'
      ? count
        ? { type: 'atLeast' as const, count }
        : undefined
      : { type: 'moreThanHalf' as const };
  return rule ? s.quorumPreview(view.votingMembers, requiredForQuorum(rule, view.votingMembers)) : undefined;
}

/** "Neste sak blir 23/26." */
export function caseNumberPreview(state: SettingsFormState, s: Catalogue['settings']): string | undefined {
  const year = wholeNumber(state.caseYear);
  const next = wholeNumber(state.caseNext);
  return year && next ? s.caseNumberPreview(formatCaseNumber({ sequence: next, year })) : undefined;
}

export function lastTaken(view: CouncilSettingsView, year: number): string | undefined {
  const next = view.nextFree.find((n) => n.year === year)?.next;
  return next !== undefined && next > 1 ? formatCaseNumber({ sequence: next - 1, year }) : undefined;
}
