import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../../bot/src/dev/azurite';
import {
  createTableClientFactory,
  ensureTables,
  type StorageSettings,
  type TableClientFactory,
} from '../../bot/src/storage/table-storage';
import type { TableKind } from '../../bot/src/storage/table-names';

const WRITES = new Set<PropertyKey>(['createEntity', 'updateEntity', 'upsertEntity', 'deleteEntity', 'submitTransaction']);

/**
 * An Azurite of the fault test's own (the run's shared one must keep serving
 * other test files), which the test pauses (SIGSTOP: connections are accepted,
 * nothing answers), resumes and kills. `pauseAtNextWrite` pauses it just
 * before the app's next write to one table, so the outage hits the write
 * itself rather than the reads before it.
 */
export class StorageOutage {
  settings!: StorageSettings;
  private azurite!: RunningAzurite;
  private paused = false;
  private armed: TableKind | undefined;

  async start(): Promise<void> {
    this.azurite = await startAzurite();
    this.settings = {
      kind: 'connectionString',
      connectionString: this.azurite.connectionString,
      tablePrefix: `f${randomBytes(5).toString('hex')}`,
    };
    await ensureTables(this.settings);
  }

  /** Table clients for the app under test: the real ones, watched for the armed write. */
  get tables(): TableClientFactory {
    const real = createTableClientFactory(this.settings);
    const cache = new Map<TableKind, TableClient>();
    return (kind) => {
      let client = cache.get(kind);
      if (!client) {
        client = this.watched(kind, real(kind));
        cache.set(kind, client);
      }
      return client;
    };
  }

  pause(): void {
    this.azurite.signal('SIGSTOP');
    this.paused = true;
  }

  resume(): void {
    this.azurite.signal('SIGCONT');
    this.paused = false;
  }

  kill(): void {
    this.resume();
    this.azurite.signal('SIGKILL');
  }

  pauseAtNextWrite(kind: TableKind): void {
    this.armed = kind;
  }

  async stop(): Promise<void> {
    if (this.paused) this.resume();
    await this.azurite.stop();
  }

  private watched(kind: TableKind, client: TableClient): TableClient {
    return new Proxy(client, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || !WRITES.has(property)) return value;
        return (...args: unknown[]): unknown => {
          if (this.armed === kind) {
            this.armed = undefined;
            this.pause();
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
}
