import type { TableClient } from '@azure/data-tables';
import type { TableClientFactory } from '../../storage/table-storage';

/** One HTTP request the Table client sent (a retry is one more). */
export interface StorageRequest {
  method: string;
  /** The table, and whether it was a query (`table()`), a point read or write (`table(PK,RK)`), or a batch (`$batch`). */
  table: string;
  kind: 'query' | 'entity' | 'batch' | 'other';
}

function describe(method: string, url: string): StorageRequest {
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
            sendRequest: (request, next) => {
              this.requests.push(describe(request.method, request.url));
              return next(request);
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
  }

  /** The requests since the last reset, and resets. */
  take(): StorageRequest[] {
    const taken = this.requests;
    this.requests = [];
    return taken;
  }
}
