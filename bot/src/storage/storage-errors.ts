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
