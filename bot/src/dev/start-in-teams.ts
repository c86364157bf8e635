import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { composeApp } from '../compose';
import { consoleLogger } from '../config/logger';
import { loadSettings, SettingsError } from '../config/settings';
import { ensureTables } from '../storage/table-storage';
import { startAzurite } from './azurite';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const LOCAL_CONFIGS = path.join(ROOT, '.localConfigs');

/**
 * `npm run start:teams`: the server for a real Teams client through a tunnel. Unlike `npm start` it is
 * not dev mode: the bot and SSO settings come from .localConfigs, written by
 * `teamsapp deploy --env local` (teamsapp.local.yml). Storage is a local Azurite (.data/azurite-teams),
 * without demo data: set the council up with "oppsett" in a team.
 */
async function startInTeams(): Promise<void> {
  if (!existsSync(LOCAL_CONFIGS)) {
    console.error('.localConfigs is missing: run `teamsapp provision --env local` and `teamsapp deploy --env local` first.');
    process.exitCode = 1;
    return;
  }
  const log = consoleLogger({ service: 'utvalg-local-teams' });
  const azurite = await startAzurite({ location: path.join(ROOT, '.data', 'azurite-teams') });
  try {
    const local: Record<string, string | undefined> = parseEnv(readFileSync(LOCAL_CONFIGS, 'utf8'));
    // Never dev mode here: this server is reachable from the internet through the tunnel.
    const env = { ...local, UTVALG_DEV: undefined, AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString };
    const settings = loadSettings(env, { tabDirectory: path.join(ROOT, 'tab', 'dist') });
    await ensureTables(settings.storage);
    const app = composeApp(settings, { log });
    const port = await app.listen(settings.port, '127.0.0.1');
    app.startScheduler();
    console.log(
      `\n  Utvalg for Teams on http://localhost:${port} (bot ${settings.bot?.appId ?? '?'}); point your tunnel here.\n`,
    );
    const shutdown = (): void => {
      app
        .close()
        .then(() => azurite.stop())
        .catch((error: unknown) => {
          console.error(error);
          process.exitCode = 1;
        });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    await azurite.stop();
    if (error instanceof SettingsError) {
      console.error(`${error.message}\n(from .localConfigs: run \`teamsapp deploy --env local\` again)`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

startInTeams().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
