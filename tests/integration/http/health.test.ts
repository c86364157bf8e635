import path from 'node:path';
import { composeApp } from '../../../bot/src/compose';
import { silentLogger } from '../../../bot/src/config/logger';
import { startAzurite } from '../../../bot/src/dev/azurite';
import { ensureTables } from '../../../bot/src/storage/table-storage';

describe('GET /api/health', () => {
  it('answers 200 while Azurite runs and 503 once it is down, without crashing', async () => {
    const azurite = await startAzurite();
    const storage = { kind: 'connectionString' as const, connectionString: azurite.connectionString, tablePrefix: 'health' };
    await ensureTables(storage);
    const app = composeApp({ devMode: true, port: 0, storage, tabDirectory: path.resolve('tab/dist') }, { log: silentLogger });
    const port = await app.listen(0);
    try {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok', storage: 'ok' });

      await azurite.stop();
      const down = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await app.close();
      await azurite.stop();
    }
  });
});
