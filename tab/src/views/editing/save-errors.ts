import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { ApiError } from '../../api/api-client';
import type { Problem } from '../../../../bot/src/domain/problem';
import { problemOfError } from '../../texts/problem-text';

/** What a failed save means for the form. */
export type SaveFailure =
  | { kind: 'conflict' }
  /** The server named a field (400) and its problem: the form words the problem next to that field. */
  | { kind: 'field'; field: string; problem: Problem }
  | { kind: 'general'; text: string };

export function saveFailure(error: unknown, e: Catalogue['editing']): SaveFailure {
  if (!(error instanceof ApiError)) return unexplained(error, e);
  if (error.code === 'concurrentEdit' || error.status === 412) return { kind: 'conflict' };
  if (error.code === 'invalidValue' && error.field) return { kind: 'field', field: error.field, problem: problemOfError(error) };
  if (error.status === 403) return { kind: 'general', text: e.forbidden };
  if (error.status === 404) return { kind: 'general', text: e.notFound };
  if (error.status === 409) return { kind: 'general', text: e.closed };
  if (error.status === 0 || error.status >= 500) return { kind: 'general', text: e.serverUnavailable };
  return unexplained(error, e);
}

/** A refusal no code explains: a generic sentence for the person, the English detail only in the console. */
function unexplained(error: unknown, e: Catalogue['editing']): SaveFailure {
  console.warn('Utvalg: save failed', error);
  return { kind: 'general', text: e.saveFailed };
}

/** Moves focus to a form's field by its id, after React has shown the messages. */
export function focusField(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}
