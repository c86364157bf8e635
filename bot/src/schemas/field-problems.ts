import type { z } from 'zod';

/** What is wrong with one form field, in words a card can translate. */
export type FieldProblemKind = 'required' | 'tooLong' | 'notUrl' | 'notChosen' | 'invalid';

export interface FieldProblem {
  field: string;
  kind: FieldProblemKind;
  /** For tooLong: the most characters allowed. */
  max?: number;
}

/** One problem per field (the first zod reported), named by the card input's id. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (byField.has(field)) continue;
    byField.set(field, { field, ...kindOf(issue) });
  }
  return [...byField.values()];
}

function kindOf(issue: z.core.$ZodIssue): Omit<FieldProblem, 'field'> {
  switch (issue.code) {
    case 'too_big':
      return { kind: 'tooLong', max: Number(issue.maximum) };
    case 'too_small':
      return { kind: 'required' };
    case 'invalid_value':
      return { kind: 'notChosen' };
    case 'invalid_format':
      return issue.format === 'url' ? { kind: 'notUrl' } : { kind: 'invalid' };
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'required' } : { kind: 'invalid' };
    default:
      return { kind: issue.message === 'required' ? 'required' : 'invalid' };
  }
}
