import path from 'node:path';
import { composeApp } from './compose';
import { consoleLogger } from './config/logger';
import { loadSettings, SettingsError } from './config/settings';
import { ensureTables } from './storage/table-storage';

/** Production entry point: settings from the environment, tables ensured, then serve. */
async function main(): Promise<void> {
  const log = consoleLogger({ service: 'utvalg' });
  let settings;
  try {
    settings = loadSettings(process.env, { tabDirectory: path.resolve(__dirname, '..', '..', '..', 'tab', 'dist') });
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (settings.devMode) log.warn('DEV MODE: unauthenticated bot activities and dev identities are accepted');
  await ensureTables(settings.storage);
  const app = composeApp(settings, { log });
  const port = await app.listen(settings.port, '0.0.0.0');
  log.info('listening', { port });
  app.startScheduler();
  // Once the server is closed nothing else holds the event loop, so the process ends by itself.
  const stop = (): void => {
    app.close().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
