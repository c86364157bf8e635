import path from 'node:path';
import { composeApp } from '../compose';
import { consoleLogger } from '../config/logger';
import { loadSettings, SettingsError } from '../config/settings';
import { dropTables, ensureTables } from '../storage/table-storage';
import { startAzurite } from './azurite';
import { DEV_BANNER, devClockLine } from './dev-banner';
import { clockEnv, flagValue, FlagError } from './dev-flags';
import { seedDemoCouncil } from './seed-demo';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * `npm start`: Azurite (data in .data/azurite, another folder with
 * --data-dir <folder>, or in memory with --in-memory), tables, the demo council
 * on first start, then the server. An Azurite already serving the folder (left
 * by a start that was killed) is reused, never a second one started beside it.
 * `--clock-start <ISO time>` and `--clock-speed <N>` run it at another time and speed.
 * UTVALG_AZURITE_DEBUG=1 writes Azurite's debug log (debug.log in the data folder).
 * Ctrl-C stops the server and Azurite.
 */
async function start(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  let clock: Record<string, string>;
  try {
    clock = clockEnv(argv);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const inMemory = args.has('--in-memory') || process.env['UTVALG_AZURITE_IN_MEMORY'] === '1';
  const dataDir = flagValue(argv, '--data-dir');
  if (dataDir === '') {
    console.error('--data-dir needs a folder, e.g. --data-dir .data/azurite-try');
    process.exitCode = 1;
    return;
  }
  const location = path.resolve(dataDir ?? path.join(ROOT, '.data', 'azurite'));
  const log = consoleLogger({ service: 'utvalg-dev' });

  const azurite = await startAzurite({
    port: process.env['UTVALG_AZURITE_PORT'] ? Number(process.env['UTVALG_AZURITE_PORT']) : undefined,
    location: inMemory ? undefined : location,
    debugLog: process.env['UTVALG_AZURITE_DEBUG'] === '1',
  });
  const storageLine = inMemory
    ? `Azurite on port ${azurite.port}, in memory`
    : `Azurite on port ${azurite.port}, ${path.relative(process.cwd(), location) || location}` +
      (azurite.reused ? `, reused: it was already serving the folder (pid ${String(azurite.pid)})` : '');
  const stopAll = async (app?: { close(): Promise<void> }): Promise<void> => {
    await app?.close();
    await azurite.stop();
  };

  try {
    const env = {
      PORT: '3978',
      ...process.env,
      ...clock,
      UTVALG_DEV: '1',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    };
    const settings = loadSettings(env, { tabDirectory: path.join(ROOT, 'tab', 'dist') });
    if (args.has('--reset-demo')) await dropTables(settings.storage);
    await ensureTables(settings.storage);
    const app = composeApp(settings, { log });
    const seeded = await seedDemoCouncil(app.deps);

    if (args.has('--seed-only')) {
      console.log(seeded === 'seeded' ? 'Demo council seeded afresh.' : 'Demo council already there.');
      await stopAll();
      return;
    }

    const port = await app.listen(settings.port, '127.0.0.1');
    console.warn(DEV_BANNER);
    const clockLine = devClockLine(settings.devClock);
    if (clockLine) console.warn(`\n  ${clockLine}`);
    console.log(`
  Utvalg is running (${seeded === 'seeded' ? 'demo council seeded' : 'demo council kept from last start'}; storage: ${storageLine}).

    Tab:           http://localhost:${port}/tab/   (as the demo secretary; pick another member at the top)
    Bot endpoint:  http://localhost:${port}/api/messages
    Health:        http://localhost:${port}/api/health

  Talk to the bot without Teams: npm run playground (Microsoft 365 Agents Playground).
  Press Ctrl-C to stop.
`);
    const shutdown = (): void => {
      console.log('\nStopping Utvalg and Azurite …');
      // With the server and Azurite stopped, nothing holds the event loop and the process ends.
      stopAll(app).catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    await stopAll();
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

start().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
