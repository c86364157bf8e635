import type { TableClient } from '@azure/data-tables';
import type { TableClientFactory } from '../../storage/table-storage';

/** One HTTP request the Table client sent (a retry is one more). */
export interface StorageRequest {
  method: string;
  /** The table, and whether it was a query (`table()`), a point read or write (`table(PK,RK)`), or a batch (`$batch`). */
  table: string;
  kind: 'query' | 'entity' | 'batch' | 'other';
  /**
   * Which round trip of the operation it belongs to (1, 2, …): a request sent while others are still in
   * flight (a Promise.all) shares their round trip; one sent after all came back starts the next. The same
   * rule as the round-trip test (tests/support/counting-tables.ts): round trips are what a person waits for.
   */
  trip: number;
}

/** How many round trips the requests of one operation took. */
export const roundTripsOf = (requests: StorageRequest[]): number => Math.max(0, ...requests.map((r) => r.trip));

function describe(method: string, url: string): Omit<StorageRequest, 'trip'> {
  const pathname = new URL(url).pathname.split('/').pop() ?? '';
  if (pathname === '$batch') return { method, table: '', kind: 'batch' };
  const match = /^([A-Za-z0-9]+)\((.*)\)$/.exec(decodeURIComponent(pathname));
  if (!match) return { method, table: pathname, kind: 'other' };
  return { method, table: match[1]!, kind: match[2] === '' ? 'query' : 'entity' };
}

/**
 * Counts the requests the real Table clients send to storage, each attempt
 * once (the policy sits after the retry phase). Bench only: the bench runs its
 * operations one at a time, so "since the last reset" is "this operation".
 */
export class RoundTripCounter {
  private requests: StorageRequest[] = [];
  private trips = 0;
  private inFlight = 0;
  private readonly counted = new WeakSet<TableClient>();

  /** The factory the app is composed with: the production one, with the counting policy added to each client. */
  wrap(factory: TableClientFactory): TableClientFactory {
    return (kind) => {
      const client = factory(kind);
      if (!this.counted.has(client)) {
        this.counted.add(client);
        client.pipeline.addPolicy(
          {
            name: 'benchRoundTripCounter',
            sendRequest: async (request, next) => {
              if (this.inFlight === 0) this.trips += 1;
              this.requests.push({ ...describe(request.method, request.url), trip: this.trips });
              this.inFlight += 1;
              try {
                return await next(request);
              } finally {
                this.inFlight -= 1;
              }
            },
          },
          { afterPhase: 'Retry' },
        );
      }
      return client;
    };
  }

  reset(): void {
    this.requests = [];
    this.trips = 0;
  }

  /** The requests since the last reset, and resets. */
  take(): StorageRequest[] {
    const taken = this.requests;
    this.reset();
    return taken;
  }
}
