import type { Response } from 'restify';
import { DomainError, type DomainErrorCode } from '../domain/errors';
import { InvalidValue } from '../domain/errors';
import { errorText, type Logger } from '../config/logger';
import { paramsOf, type ProblemCode } from '../domain/problem';
import { STORAGE_TIMING } from '../config/settings';

const STATUS: Record<DomainErrorCode, number> = {
  invalidValue: 400,
  unauthenticated: 401,
  notCouncilMember: 403,
  forbidden: 403,
  notFound: 404,
  illegalTransition: 409,
  meetingClosed: 409,
  deadlinePassed: 409,
  concurrentEdit: 412,
  contention: 503,
  storageUnavailable: 503,
};

/**
 * Every refusal's body. For `invalidValue`: `field`, `problem` and `params`
 * (domain/problem.ts) say what is wrong; clients translate those. `message`
 * is English for logs and API users, and no client decides on it.
 */
export interface ErrorBody {
  error: { code: string; message: string; field?: string; problem?: ProblemCode; params?: Record<string, unknown> };
}

/** Maps domain errors to HTTP once; anything else is a 500 with no internals leaked. */
export function sendError(res: Response, error: unknown, log: Logger): void {
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error instanceof InvalidValue) {
      body.error.field = error.field;
      body.error.problem = error.problem.problem;
      body.error.params = paramsOf(error.problem);
    }
    const status = STATUS[error.code];
    // 503 is "try again shortly": say when, so clients and proxies need not guess.
    if (status === 503) {
      res.header('Retry-After', String(STORAGE_TIMING.retryAfterSeconds));
      log.warn('request refused for now', { code: error.code, error: error.message });
    }
    res.send(status, body);
    return;
  }
  log.error('request failed', { error: errorText(error) });
  res.send(500, { error: { code: 'internal', message: 'Something went wrong on the server' } } satisfies ErrorBody);
}
