import type { Language } from '../domain/language';
import type { FieldProblem } from '../schemas/field-problems';
import { textsFor } from '../texts/catalogue';

/**
 * The text shown under each input of a form: '' where the field is fine.
 * Every field gets a key, because a template binding with no data would
 * show up literally as "${errors.x}".
 */
export function fieldErrorTexts(
  fields: readonly string[],
  problems: readonly FieldProblem[],
  language: Language,
): Record<string, string> {
  const t = textsFor(language).cards;
  const message = (p: FieldProblem): string => {
    switch (p.kind) {
      case 'required':
        return t.problemRequired;
      case 'tooLong':
        return t.problemTooLong(p.max ?? 0);
      case 'notUrl':
        return t.problemNotUrl;
      case 'notChosen':
        return t.problemNotChosen;
      case 'invalid':
        return t.problemInvalid;
    }
  };
  return Object.fromEntries(fields.map((f) => [f, problems.filter((p) => p.field === f).map(message)[0] ?? '']));
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
