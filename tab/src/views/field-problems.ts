import type { Catalogue } from '../../../bot/src/texts/catalogue';
import type { FieldProblem } from '../../../bot/src/texts/nb/agenda';
import { ApiError } from '../api/api-client';

/** A save's failure as the form shows it: a problem next to a field, a conflict, or a sentence at the top. */
export type SaveFailure =
  { kind: 'field'; field: string; text: string } | { kind: 'conflict' } | { kind: 'other'; error: unknown };

/** Words the server's (English) reason for a field in the person's language. */
function problemOf(field: string, message: string): FieldProblem {
  if (/required/i.test(message)) return 'required';
  if (/https/i.test(message)) return 'httpsOnly';
  if (/at most|too big|too long/i.test(message)) return field === 'plannedMinutes' ? 'number' : 'tooLong';
  if (field === 'plannedMinutes') return 'number';
  if (/option|choose/i.test(message)) return 'choose';
  return 'invalid';
}

export function saveFailure(error: unknown, a: Catalogue['agenda']): SaveFailure {
  if (error instanceof ApiError && error.code === 'concurrentEdit') return { kind: 'conflict' };
  if (error instanceof ApiError && error.code === 'invalidValue' && error.field) {
    return { kind: 'field', field: error.field, text: a.fieldProblem[problemOf(error.field, error.message)] };
  }
  return { kind: 'other', error };
}

/** The problem for one field, if the last save failed on it. */
export function problemFor(failure: SaveFailure | undefined, field: string): string | undefined {
  return failure?.kind === 'field' && failure.field === field ? failure.text : undefined;
}
