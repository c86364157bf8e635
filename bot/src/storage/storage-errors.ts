import { RestError } from '@azure/data-tables';

/** HTTP status of a failed Table service call, if it was one. */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof RestError) return error.statusCode;
  if (typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number') {
    return error.statusCode;
  }
  return undefined;
}

/** 412: the ETag no longer matches. 409: the row already exists (create) or a conflicting write. */
export function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  return status === 412 || status === 409;
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/** Socket-level failures: the service is down, unreachable or dropped the connection. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'REQUEST_SEND_ERROR',
]);

/**
 * Whether a failed call means storage is unavailable rather than that the
 * request was wrong: no connection, or 503 (server busy) after the pipeline's
 * own retries.
 */
export function isUnreachable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 503) return true;
  if (status !== undefined) return false;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && UNREACHABLE_CODES.has(code);
}
