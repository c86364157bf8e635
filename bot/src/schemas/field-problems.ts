import type { z } from 'zod';
import { InvalidValue } from '../domain/errors';
import { paramsOf, readProblem, type FieldProblem, type Problem } from '../domain/problem';

export type { FieldProblem } from '../domain/problem';

/**
 * The one place a zod issue becomes a problem code (domain/problem.ts): route
 * refusals, card forms and rows read back from storage all go through here.
 * Our own refinements name their problem in `params.problem`; zod's built-in
 * checks are told apart by their issue code and origin, never by message.
 */
export function problemOf(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum));
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'invalid_value':
      return { problem: 'notChosen' };
    case 'invalid_format':
      return issue.format === 'url' ? { problem: 'notUrl' } : { problem: 'invalid' };
    case 'invalid_type':
      if (issue.input === undefined) return { problem: 'required' };
      return issue.expected === 'number' || issue.expected === 'int' ? { problem: 'notNumber' } : { problem: 'invalid' };
    case 'unrecognized_keys':
      return { problem: 'unknownField' };
    case 'custom':
      return ownProblem(issue.params);
    default:
      return { problem: 'invalid' };
  }
}

function tooBig(origin: string, max: number): Problem {
  if (origin === 'string') return { problem: 'tooLong', params: { max } };
  if (origin === 'array' || origin === 'set') return { problem: 'tooMany', params: { max } };
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return { problem: 'tooLarge', params: { max } };
  return { problem: 'invalid' };
}

function tooSmall(origin: string, min: number): Problem {
  // Every required text is `min(1)` after trimming: too short means left empty.
  if (origin === 'string') return { problem: 'required' };
  if (origin === 'array' || origin === 'set') return { problem: 'tooFew', params: { min } };
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return { problem: 'tooSmall', params: { min } };
  return { problem: 'invalid' };
}

/** A refinement's problem, named in its params (`refine(check, refinementProblem('…'))`). */
function ownProblem(params: Record<string, unknown> | undefined): Problem {
  return readProblem(params?.problem, params?.params) ?? { problem: 'invalid' };
}

/** The `params` a refinement passes so its failure reads as `problem` (see problemOf). */
export function refinementProblem(problem: Problem): { params: Record<string, unknown> } {
  return { params: { problem: problem.problem, params: paramsOf(problem) } };
}

/** The field a zod issue is about, as a dotted path; an unknown field is named itself, not its parent. */
function pathOf(issue: z.core.$ZodIssue): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
  return path.map(String).join('.');
}

/** The first problem of a failed parse as the InvalidValue a route or repository throws (400 over HTTP). */
export function invalidValueOf(error: z.ZodError, fallback: string): InvalidValue {
  const issue = error.issues[0];
  if (!issue) return new InvalidValue(fallback, { problem: 'invalid' });
  return new InvalidValue(pathOf(issue) || fallback, problemOf(issue), issue.message);
}

/** One problem per field (the first zod reported), named by the card input's id. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (byField.has(field)) continue;
    byField.set(field, { field, ...problemOf(issue) });
  }
  return [...byField.values()];
}
