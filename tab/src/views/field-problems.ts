import { ApiError } from '../api/api-client';
import type { Language } from '../../../bot/src/domain/language';
import { apiProblemText } from '../texts/problem-text';

/** A save's failure as the form shows it: a problem next to a field, a conflict, or a sentence at the top. */
export type SaveFailure =
  { kind: 'field'; field: string; text: string } | { kind: 'conflict' } | { kind: 'other'; error: unknown };

/** The server's refusal in the person's language: the problem code decides, never the English message. */
export function saveFailure(error: unknown, language: Language): SaveFailure {
  if (error instanceof ApiError && error.code === 'concurrentEdit') return { kind: 'conflict' };
  if (error instanceof ApiError && error.code === 'invalidValue' && error.field) {
    return { kind: 'field', field: error.field, text: apiProblemText(error, language) };
  }
  return { kind: 'other', error };
}

/** The problem for one field, if the last save failed on it. */
export function problemFor(failure: SaveFailure | undefined, field: string): string | undefined {
  return failure?.kind === 'field' && failure.field === field ? failure.text : undefined;
}
