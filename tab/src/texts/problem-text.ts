import type { ApiError } from '../api/api-client';
import type { Language } from '../../../bot/src/domain/language';
import type { Problem, ProblemCode } from '../../../bot/src/domain/problem';
import type { Catalogue } from '../../../bot/src/texts/catalogue';
import { problemText } from '../../../bot/src/texts/problem-text';

/**
 * The one place the tab turns a refusal's problem code into words: forms
 * decide on `error.problem`, never on the server's English `message` (which
 * may be reworded at any time).
 */
export function apiProblemText(error: ApiError, language: Language): string {
  return problemText(problemOfError(error), language);
}

/** The refusal's problem; a server that sent none (or one this tab does not know) reads as 'invalid'. */
export function problemOfError(error: ApiError): Problem {
  return error.problem ?? { problem: 'invalid' };
}

/**
 * A problem the server named for one field after the form's own checks
 * passed: in its own words when it is one of `expected` (what only the server
 * can see, e.g. someone changed the roster meanwhile), else the form's generic
 * "check and try again".
 */
export function serverProblemText(
  problem: Problem,
  expected: readonly ProblemCode[],
  e: Catalogue['editing'],
  language: Language,
): string {
  return expected.includes(problem.problem) ? problemText(problem, language) : e.invalid;
}
