import type { TableServiceClientOptions } from '@azure/data-tables';
import { startStorageWait } from '../config/storage-budget';
import { StorageUnavailable } from '../domain/errors';
import { isUnreachable } from './storage-errors';

// The pipeline's policy type, as the Tables SDK takes it (its own package is no direct dependency of ours).
type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * A per-call policy for every Table client: the call (with the pipeline's own
 * retries, which sit inside it) is aborted after its timeout, and a timeout or
 * a failed connection becomes one StorageUnavailable. Without it a paused
 * service keeps a request waiting for as long as the socket stays open.
 */
export function storageTimeoutPolicy(callTimeoutMs: number): PipelinePolicy {
  return {
    name: 'utvalgStorageTimeout',
    async sendRequest(request, next) {
      const wait = startStorageWait(callTimeoutMs);
      const callersSignal = request.abortSignal;
      try {
        if (wait.timeoutMs <= 0) throw new StorageUnavailable('the request has spent its storage budget');
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), wait.timeoutMs);
        const onCallerAbort = (): void => timeout.abort();
        callersSignal?.addEventListener('abort', onCallerAbort);
        request.abortSignal = timeout.signal;
        try {
          return await next(request);
        } catch (error) {
          if (callersSignal?.aborted) throw error;
          if (timeout.signal.aborted) throw new StorageUnavailable(`no answer within ${wait.timeoutMs} ms`, { cause: error });
          if (isUnreachable(error)) throw new StorageUnavailable('cannot reach the Table service', { cause: error });
          throw error;
        } finally {
          clearTimeout(timer);
          callersSignal?.removeEventListener('abort', onCallerAbort);
        }
      } finally {
        request.abortSignal = callersSignal;
        wait.end();
      }
    },
  };
}
