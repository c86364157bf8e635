import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableClient } from '@azure/data-tables';
import { AZURITE_DEBUG_LOG_FILE, startAzurite } from '../../../bot/src/dev/azurite';
import { isAlive, lockPath } from '../../../bot/src/dev/azurite-lock';

// Each start of Azurite takes seconds on a busy machine.
jest.setTimeout(90_000);

/**
 * `npm start` keeps the demo in .data/azurite. What was written just before
 * Ctrl-C (or before `demo:reset` stops its Azurite) must be there on the next
 * start: Azurite saves its file only when it is asked to shut down properly.
 */
describe('Azurite started by the project, on disk', () => {
  let location: string;
  beforeAll(() => {
    location = mkdtempSync(path.join(os.tmpdir(), 'utvalg-azurite-'));
  });
  afterAll(() => rmSync(location, { recursive: true, force: true }));

  const table = (connectionString: string) =>
    TableClient.fromConnectionString(connectionString, 'kept', { allowInsecureConnection: true });

  it('keeps a row written right before it was stopped, and a table deleted right before', async () => {
    const first = await startAzurite({ location });
    try {
      await table(first.connectionString).createTable();
      await table(first.connectionString).createEntity({ partitionKey: 'p', rowKey: 'r', note: 'written just before the stop' });
      const gone = TableClient.fromConnectionString(first.connectionString, 'dropped', { allowInsecureConnection: true });
      await gone.createTable();
      await gone.deleteTable();
    } finally {
      await first.stop();
    }

    const second = await startAzurite({ location });
    try {
      const row = await table(second.connectionString).getEntity<{ note: string }>('p', 'r');
      expect(row.note).toBe('written just before the stop');
      const names: string[] = [];
      const { TableServiceClient } = await import('@azure/data-tables');
      const service = TableServiceClient.fromConnectionString(second.connectionString, { allowInsecureConnection: true });
      for await (const t of service.listTables()) names.push(t.name ?? '');
      expect(names).toEqual(['kept']);
    } finally {
      await second.stop();
    }
  });

  it('is reused by a second start while the first start runs, and only the first one stops it', async () => {
    const first = await startAzurite({ location });
    try {
      await table(first.connectionString).createTable();
      // As if another `npm start` (a running process, not this one) had started it.
      const lock = JSON.parse(readFileSync(lockPath(location), 'utf8')) as Record<string, unknown>;
      writeFileSync(lockPath(location), JSON.stringify({ ...lock, owner: process.ppid }));
      const second = await startAzurite({ location });
      expect(second).toMatchObject({ reused: true, pid: first.pid, port: first.port });
      await table(second.connectionString).upsertEntity({ partitionKey: 'p', rowKey: 'via-second', note: 'x' });
      await second.stop();
      expect(isAlive(first.pid!)).toBe(true);
      const row = await table(first.connectionString).getEntity<{ note: string }>('p', 'via-second');
      expect(row.note).toBe('x');
    } finally {
      await first.stop();
    }
    expect(isAlive(first.pid!)).toBe(false);
    expect(existsSync(lockPath(location))).toBe(false);
  });

  it('removes a lock left by a process that is gone, and writes no debug log unless asked', async () => {
    const gone = 2 ** 22 + 17; // above Linux's default pid_max: no such process
    writeFileSync(
      lockPath(location),
      JSON.stringify({ owner: gone, pid: gone, port: 1, location, startedAt: '2026-01-01T00:00:00Z' }),
    );
    writeFileSync(path.join(location, AZURITE_DEBUG_LOG_FILE), 'left by an earlier version');
    const azurite = await startAzurite({ location });
    try {
      expect(azurite.reused).toBe(false);
      const lock = JSON.parse(readFileSync(lockPath(location), 'utf8')) as { pid: number; port: number; owner: number };
      expect(lock).toMatchObject({ pid: azurite.pid, port: azurite.port, owner: process.pid });
      await table(azurite.connectionString).upsertEntity({ partitionKey: 'p', rowKey: 'after-stale', note: 'y' });
      expect(existsSync(path.join(location, AZURITE_DEBUG_LOG_FILE))).toBe(false);
    } finally {
      await azurite.stop();
    }
  });
});
