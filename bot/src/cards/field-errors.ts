import type { Language } from '../domain/language';
import type { FieldProblem } from '../domain/problem';
import { problemText } from '../texts/problem-text';

/**
 * The text shown under each input of a form, in the member's language: the one
 * place cards translate problem codes; '' where the field is fine.
 * Every field gets a key, because a template binding with no data would
 * show up literally as "${errors.x}".
 */
export function fieldErrorTexts(
  fields: readonly string[],
  problems: readonly FieldProblem[],
  language: Language,
): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const problem = problems.find((p) => p.field === f);
      return [f, problem ? problemText(problem, language) : ''];
    }),
  );
}

/** Form values echoed back into the inputs: strings only, '' for anything missing or not a string. */
export function keptValues(fields: readonly string[], data: unknown): Record<string, string> {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(
    fields.map((f) => {
      const value = record[f];
      return [f, typeof value === 'string' ? value.slice(0, 10_000) : ''];
    }),
  );
}
