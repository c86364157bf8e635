import { composeApp, type ComposedApp } from '../compose';
import { consoleLogger } from '../config/logger';
import { loadSettings, SettingsError, type Settings } from '../config/settings';
import { dropTables, ensureTables } from '../storage/table-storage';
import { startAzurite, type RunningAzurite } from './azurite';
import { FlagError } from './dev-flags';
import { seedDemoCouncil } from './seed-demo';

/** What `npm start` and `npm run playground` both bring up: Azurite, the tables, the server in dev mode, the demo council. */
export interface DevApp {
  azurite: RunningAzurite;
  settings: Settings;
  app: ComposedApp;
  seeded: 'seeded' | 'alreadyThere';
  /** Stops the server (when it was started) and Azurite. */
  stop(): Promise<void>;
}

export interface DevAppOptions {
  /** Azurite's data folder; undefined keeps everything in memory. */
  location: string | undefined;
  /** From the --clock-start / --clock-speed flags (clockEnv). */
  clock: Record<string, string>;
  tabDirectory: string;
  /** Drops every table first, so the demo is seeded afresh. */
  resetDemo?: boolean;
}

/**
 * Starts Azurite (UTVALG_AZURITE_PORT, UTVALG_AZURITE_DEBUG=1 for its debug log), then the app on it with
 * UTVALG_DEV=1, and seeds the demo council unless it is there. If any step fails, Azurite is stopped again.
 */
export async function startDevApp(options: DevAppOptions): Promise<DevApp> {
  const azurite = await startAzurite({
    port: process.env['UTVALG_AZURITE_PORT'] ? Number(process.env['UTVALG_AZURITE_PORT']) : undefined,
    location: options.location,
    debugLog: process.env['UTVALG_AZURITE_DEBUG'] === '1',
  });
  try {
    const env = {
      PORT: '3978',
      ...process.env,
      ...options.clock,
      UTVALG_DEV: '1',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    };
    const settings = loadSettings(env, { tabDirectory: options.tabDirectory });
    if (options.resetDemo) await dropTables(settings.storage);
    await ensureTables(settings.storage);
    const app = composeApp(settings, { log: consoleLogger({ service: 'utvalg-dev' }) });
    const seeded = await seedDemoCouncil(app.deps);
    return {
      azurite,
      settings,
      app,
      seeded,
      stop: async () => {
        await app.close();
        await azurite.stop();
      },
    };
  } catch (error) {
    await azurite.stop();
    throw error;
  }
}

/**
 * A wrong flag (FlagError) or setting (SettingsError) is the developer's to fix: printed plainly, and the
 * command exits 1. Anything else is rethrown.
 */
export function exitOnDeveloperError(error: unknown): void {
  if (!(error instanceof FlagError) && !(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

/** Ctrl-C (and SIGTERM) prints `message` and runs `stop` once; with nothing left holding the event loop, the process ends. */
export function stopOnSignals(message: string, stop: () => Promise<void>): () => void {
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log(message);
    stop().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return shutdown;
}
