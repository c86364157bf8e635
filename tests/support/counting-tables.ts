import type { TableClient } from '@azure/data-tables';
import type { TableKind } from '../../bot/src/storage/table-names';
import type { TableClientFactory } from '../../bot/src/storage/table-storage';

type PipelinePolicy = Parameters<TableClient['pipeline']['addPolicy']>[0];

export interface StorageRequest {
  table: TableKind;
  method: string;
}

/**
 * Wraps a table client factory so every storage HTTP request is recorded, and
 * counts round trips: requests sent while others are still in flight (a
 * Promise.all) share one round trip, a request sent after all others came
 * back starts a new one. Round trips are what a person waits for.
 */
export function countingTables(inner: TableClientFactory) {
  const requests: StorageRequest[] = [];
  let roundTrips = 0;
  let inFlight = 0;
  const counted = new Set<TableKind>();
  const factory: TableClientFactory = (kind) => {
    const client = inner(kind);
    if (!counted.has(kind)) {
      counted.add(kind);
      const countRequests: PipelinePolicy = {
        name: `count-requests-${kind}`,
        async sendRequest(request, next) {
          requests.push({ table: kind, method: request.method });
          if (inFlight === 0) roundTrips += 1;
          inFlight += 1;
          try {
            return await next(request);
          } finally {
            inFlight -= 1;
          }
        },
      };
      client.pipeline.addPolicy(countRequests);
    }
    return client;
  };
  return {
    factory,
    requests,
    get roundTrips(): number {
      return roundTrips;
    },
    /** How many requests went to one table. */
    requestsTo: (table: TableKind) => requests.filter((r) => r.table === table).length,
    reset: (): void => {
      requests.length = 0;
      roundTrips = 0;
    },
  };
}

export type CountingTables = ReturnType<typeof countingTables>;
