import type { ApiError } from '../api/api-client';
import type { Language } from '../../../bot/src/domain/language';
import type { Problem } from '../../../bot/src/domain/problem';
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
