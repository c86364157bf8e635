import type { ComposedApp } from '../../bot/src/compose';
import { composeApp } from '../../bot/src/compose';
import { silentLogger, type Logger } from '../../bot/src/config/logger';
import type { DevClockSettings } from '../../bot/src/config/clock';
import { loadSettings, type Settings } from '../../bot/src/config/settings';
import { DEMO_COUNCIL_ID } from '../../bot/src/dev/demo-ids';
import { seedDemoCouncil } from '../../bot/src/dev/seed-demo';
import type { Meeting } from '../../bot/src/domain/meeting';
import type { StorageSettings, TableClientFactory } from '../../bot/src/storage/table-storage';
import { ConnectorRecorder } from './connector-recorder';
import { freshTestStorage } from './test-storage';
import path from 'node:path';

export interface RunningTestApp {
  app: ComposedApp;
  baseUrl: string;
  settings: Settings;
  close(): Promise<void>;
}

/** Stops the server and starts a new one on the same tables: nothing kept in memory survives. */
export async function restartTestApp(running: RunningTestApp, options: { clock?: () => Date } = {}): Promise<RunningTestApp> {
  await running.close();
  const app = composeApp(running.settings, { log: silentLogger, clock: options.clock });
  const port = await app.listen(0);
  return { app, baseUrl: `http://127.0.0.1:${port}`, settings: running.settings, close: () => app.close() };
}

/** The real server (dev mode) on a free port, with its own tables on the run's Azurite and the demo council. */
export async function startTestApp(
  options: {
    clock?: () => Date;
    tables?: TableClientFactory;
    seed?: boolean;
    devClock?: DevClockSettings;
    /** Tables elsewhere than the run's Azurite (fault tests pause and kill their own); they must exist. */
    storage?: StorageSettings;
  } = {},
): Promise<RunningTestApp> {
  const storage = options.storage ?? (await freshTestStorage());
  const settings: Settings = {
    devMode: true,
    port: 0,
    storage,
    tabDirectory: path.resolve(__dirname, '..', '..', 'tab', 'dist'),
    ...(options.devClock ? { devClock: options.devClock } : {}),
  };
  const app = composeApp(settings, { log: silentLogger, clock: options.clock, tables: options.tables });
  if (options.seed !== false) await seedDemoCouncil(app.deps);
  const port = await app.listen(0);
  return { app, baseUrl: `http://127.0.0.1:${port}`, settings, close: () => app.close() };
}

/** A server whose Teams connector is a ConnectorRecorder (see useRecordedTestApp). */
export interface RecordedTestApp {
  recorder: ConnectorRecorder;
  running: RunningTestApp;
}

/**
 * Registers beforeAll/afterAll in the calling describe: a ConnectorRecorder in
 * place of the Teams connector, and the server (startTestApp with `options`).
 * The recorder is there at once (fill its roster before the tests); `running`
 * is set before the calling describe's own beforeAll hooks run.
 */
export function useRecordedTestApp(options: Parameters<typeof startTestApp>[0] = {}): RecordedTestApp {
  const served = { recorder: new ConnectorRecorder() } as RecordedTestApp;
  beforeAll(async () => {
    await served.recorder.start();
    served.running = await startTestApp(options);
  });
  afterAll(async () => {
    await served.running?.close();
    await served.recorder.stop();
  });
  return served;
}

/**
 * The demo council's meetings as the seed leaves them: the upcoming one
 * (collecting proposals) and the newer past one (held, its minutes a draft).
 */
export async function demoMeetings(running: RunningTestApp): Promise<{ upcoming: Meeting; past: Meeting }> {
  const meetings = (await running.app.deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
  const upcoming = meetings.find((m) => m.status === 'collecting');
  const past = meetings.find((m) => m.status === 'minutesDraft');
  if (!upcoming || !past) throw new Error('the demo seed has no collecting or no minutesDraft meeting');
  return { upcoming, past };
}

/** The production test server's download link key (tests sign links of their own with it). */
export const TEST_DOWNLOAD_LINK_KEY = 'test-download-link-key-of-at-least-32-characters';

/**
 * The real server as production runs it: settings read by loadSettings with
 * NODE_ENV=production (no dev mode), Teams SSO required, and the signing keys
 * from `jwksUrl` (the test's own; production always uses Entra ID's).
 */
export async function startSsoTestApp(options: {
  jwksUrl: URL;
  sso: { clientId: string; tenantId: string; appIdUri?: string; allowedTenants?: string[] };
  clock?: () => Date;
  /** Where the app logs (silent unless a test reads the log). */
  log?: Logger;
}): Promise<RunningTestApp> {
  const storage = await freshTestStorage();
  if (storage.kind !== 'connectionString') throw new Error('test storage is always a connection string');
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    AZURE_STORAGE_CONNECTION_STRING: storage.connectionString,
    UTVALG_TABLE_PREFIX: storage.tablePrefix,
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppId: 'bot-app-id-for-tests',
    MicrosoftAppTenantId: options.sso.tenantId,
    MicrosoftAppPassword: 'not-a-real-secret',
    AAD_APP_CLIENT_ID: options.sso.clientId,
    AAD_APP_TENANT_ID: options.sso.tenantId,
    UTVALG_DOWNLOAD_LINK_KEY: TEST_DOWNLOAD_LINK_KEY,
    ...(options.sso.appIdUri ? { AAD_APP_ID_URI: options.sso.appIdUri } : {}),
    ...(options.sso.allowedTenants ? { UTVALG_ALLOWED_TENANTS: options.sso.allowedTenants.join(',') } : {}),
  };
  const settings = loadSettings(env, { tabDirectory: path.resolve(__dirname, '..', '..', 'tab', 'dist') });
  const app = composeApp(settings, { log: options.log ?? silentLogger, clock: options.clock, ssoJwksUrl: options.jwksUrl });
  await seedDemoCouncil(app.deps);
  const port = await app.listen(0);
  return { app, baseUrl: `http://127.0.0.1:${port}`, settings, close: () => app.close() };
}
