import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableClient } from '@azure/data-tables';
import { startAzurite } from '../../../bot/src/dev/azurite';

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
});
