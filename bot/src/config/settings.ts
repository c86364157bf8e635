import { DateTime } from 'luxon';
import type { StorageSettings } from '../storage/table-storage';
import type { DevClockSettings } from './clock';

/** Bot identity as botbuilder's ConfigurationBotFrameworkAuthentication reads it. */
export type BotCredentials =
  | { appType: 'SingleTenant'; appId: string; password: string; tenantId: string }
  | { appType: 'UserAssignedMSI'; appId: string; tenantId: string };

export interface SsoSettings {
  clientId: string;
  tenantId: string;
  /** The app registration's Application ID URI (`api://<tab domain>/<client id>`); v1 tokens carry it as audience. */
  appIdUri?: string;
  /** Tenants whose users may call the tab API (the host tenant; guests sign in through it). */
  allowedTenants: string[];
}

export interface Settings {
  /**
   * Local development: the bot accepts unauthenticated activities and the tab
   * API accepts a dev identity. Never allowed with NODE_ENV=production.
   */
  devMode: boolean;
  port: number;
  storage: StorageSettings;
  /** Absent only in dev mode (an empty app id makes botbuilder accept anyone). */
  bot?: BotCredentials;
  sso?: SsoSettings;
  /** Folder with the built tab (index.html and the hashed, precompressed assets it names). */
  tabDirectory: string;
  /**
   * Where the tab is served (UTVALG_PUBLIC_URL), for links in channel posts.
   * Dev mode default: http://localhost:<port>. Production: https only; absent, posts carry no web link.
   */
  publicUrl?: string;
  /** The Teams app's id (TEAMS_APP_ID, the manifest id): channel posts get a deep link into the tab. */
  teamsAppId?: string;
  /** Dev mode only: another time and speed (UTVALG_CLOCK_START, UTVALG_CLOCK_SPEED; `--clock-start`, `--clock-speed`). */
  devClock?: DevClockSettings;
  /**
   * The key that signs download links (UTVALG_DOWNLOAD_LINK_KEY). Required in production, where every
   * instance must sign and check with the same key; elsewhere, absent, compose.ts makes one at start.
   */
  downloadLinkKey?: string;
}

/**
 * How long storage may keep an answer waiting. Teams shows the member an error
 * when the bot has not answered within 15 s (and retries a message), so an
 * outage must become an apology well before that:
 * - one storage call, its own retries included, gives up after `callTimeoutMs`
 *   (a healthy Table service answers in milliseconds; 2.5 s is an outage);
 * - one request (a card press, a message, a tab API call) may spend at most
 *   `requestBudgetMs` waiting on storage in all, so storage that is slow but
 *   answers cannot add up past Teams' limit either (8 s leaves room for the
 *   reply itself);
 * - the tab API's 503 asks the client to wait `retryAfterSeconds` (Retry-After).
 */
export const STORAGE_TIMING = { callTimeoutMs: 2_500, requestBudgetMs: 8_000, retryAfterSeconds: 5 } as const;

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Utvalg cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/**
 * Reads settings from the environment. Every missing or contradictory setting
 * is named, all at once, so an operator fixes them in one go.
 */
export function loadSettings(env: Env, defaults: { tabDirectory: string }): Settings {
  const problems: string[] = [];
  const devMode = value(env, 'UTVALG_DEV') === '1';
  if (devMode && value(env, 'NODE_ENV') === 'production') {
    problems.push('UTVALG_DEV=1 is refused when NODE_ENV=production (dev identities must never reach production)');
  }

  const portText = value(env, 'PORT') ?? '3978';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT "${portText}" is not a port number`);

  const tablePrefix = value(env, 'UTVALG_TABLE_PREFIX') ?? 'utvalg';
  if (!/^[A-Za-z][A-Za-z0-9]{0,30}$/.test(tablePrefix))
    problems.push('UTVALG_TABLE_PREFIX must be letters and digits, starting with a letter');
  const connectionString = value(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = value(env, 'AZURE_STORAGE_TABLE_URL');
  let storage: StorageSettings | undefined;
  if (connectionString) storage = { kind: 'connectionString', connectionString, tablePrefix };
  else if (accountUrl)
    storage = { kind: 'accountUrl', accountUrl, tablePrefix, managedIdentityClientId: managedIdentityClientId(env) };
  else problems.push('AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_TABLE_URL (with a managed identity) is required');

  const bot = devMode ? optionalBot(env) : requiredBot(env, problems);
  const sso = devMode ? undefined : requiredSso(env, problems);

  const publicUrl = tabPublicUrl(env, devMode, port, problems);
  const teamsAppId = value(env, 'TEAMS_APP_ID');
  if (teamsAppId !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(teamsAppId)) {
    problems.push('TEAMS_APP_ID must be the Teams app id from the manifest (letters, digits and dashes)');
  }

  const devClock = devClockSettings(env, devMode && value(env, 'NODE_ENV') !== 'production', problems);
  const downloadLinkKey = downloadLinkKeySetting(env, problems);

  if (problems.length > 0 || storage === undefined) throw new SettingsError(problems);
  return {
    devMode,
    port,
    storage,
    bot,
    sso,
    tabDirectory: value(env, 'UTVALG_TAB_DIR') ?? defaults.tabDirectory,
    ...(publicUrl !== undefined ? { publicUrl } : {}),
    ...(teamsAppId !== undefined ? { teamsAppId } : {}),
    ...(devClock !== undefined ? { devClock } : {}),
    ...(downloadLinkKey !== undefined ? { downloadLinkKey } : {}),
  };
}

/** The shortest download link key accepted: 32 characters, e.g. `openssl rand -base64 48`. */
export const MIN_DOWNLOAD_LINK_KEY_LENGTH = 32;

/**
 * UTVALG_DOWNLOAD_LINK_KEY: in production required (links signed by one instance must be honoured by the
 * next, and after a restart); elsewhere optional, and a key made at start serves (links live minutes).
 */
function downloadLinkKeySetting(env: Env, problems: string[]): string | undefined {
  const key = value(env, 'UTVALG_DOWNLOAD_LINK_KEY');
  if (key === undefined) {
    if (value(env, 'NODE_ENV') === 'production')
      problems.push(
        `UTVALG_DOWNLOAD_LINK_KEY (the key that signs download links, at least ${MIN_DOWNLOAD_LINK_KEY_LENGTH} characters, e.g. \`openssl rand -base64 48\`) is required`,
      );
    return undefined;
  }
  if (key.length < MIN_DOWNLOAD_LINK_KEY_LENGTH) {
    problems.push(`UTVALG_DOWNLOAD_LINK_KEY must be at least ${MIN_DOWNLOAD_LINK_KEY_LENGTH} characters`);
    return undefined;
  }
  return key;
}

/** The fastest dev clock: a day passes in under a second and a half. */
export const MAX_CLOCK_SPEED = 100_000;

// An explicit offset, because a time without one would mean the server's own zone (UTC on Azure, anything locally).
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * UTVALG_CLOCK_START and UTVALG_CLOCK_SPEED (what `npm start -- --clock-start … --clock-speed …` sets):
 * only in dev mode, because a server whose clock is not the real one would miss or invent deadlines.
 */
function devClockSettings(env: Env, devAllowed: boolean, problems: string[]): DevClockSettings | undefined {
  const start = value(env, 'UTVALG_CLOCK_START');
  const speedText = value(env, 'UTVALG_CLOCK_SPEED');
  if (start === undefined && speedText === undefined) return undefined;
  if (!devAllowed) {
    problems.push(
      '--clock-start and --clock-speed (UTVALG_CLOCK_START, UTVALG_CLOCK_SPEED) are refused outside dev mode (UTVALG_DEV=1, not NODE_ENV=production): production always runs on the real time',
    );
    return undefined;
  }
  const before = problems.length;
  if (start !== undefined && !(ISO_WITH_OFFSET.test(start) && DateTime.fromISO(start, { setZone: true }).isValid)) {
    problems.push(
      `--clock-start (UTVALG_CLOCK_START) "${start}" is not an ISO time with an offset, e.g. 2027-03-10T09:55:00+01:00 or 2027-03-10T08:55:00Z`,
    );
  }
  const speed = speedText === undefined ? 1 : Number(speedText);
  if (!Number.isFinite(speed) || speed <= 0 || speed > MAX_CLOCK_SPEED) {
    problems.push(
      `--clock-speed (UTVALG_CLOCK_SPEED) "${speedText ?? ''}" must be a number above 0 and at most ${MAX_CLOCK_SPEED} (e.g. 60: an hour passes in a minute)`,
    );
  }
  if (problems.length > before) return undefined;
  return { ...(start !== undefined ? { start } : {}), speed };
}

/**
 * UTVALG_PUBLIC_URL: an origin (no path, query or fragment), https outside dev
 * mode. Unset, dev mode uses http://localhost:<port>; in production posts then
 * carry no web link (infra/azure.bicep sets it to the web app's address).
 */
function tabPublicUrl(env: Env, devMode: boolean, port: number, problems: string[]): string | undefined {
  const configured = value(env, 'UTVALG_PUBLIC_URL');
  if (configured === undefined) return devMode ? `http://localhost:${port}` : undefined;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    problems.push(`UTVALG_PUBLIC_URL "${configured}" is not a web address (e.g. https://utvalg.example.no)`);
    return undefined;
  }
  const allowed = devMode ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    problems.push(`UTVALG_PUBLIC_URL must use ${devMode ? 'http or https' : 'https'}`);
    return undefined;
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '' || url.username !== '') {
    problems.push('UTVALG_PUBLIC_URL must be an origin only (https://host[:port]), without a path, query or credentials');
    return undefined;
  }
  return url.origin;
}

/**
 * The user-assigned managed identity for Table storage: AZURE_CLIENT_ID, or else the bot's own identity
 * when the bot runs as one (infra/azure.bicep uses a single identity for both).
 */
function managedIdentityClientId(env: Env): string | undefined {
  return (
    value(env, 'AZURE_CLIENT_ID') ??
    (value(env, 'MicrosoftAppType') === 'UserAssignedMSI' ? value(env, 'MicrosoftAppId') : undefined)
  );
}

function requiredBot(env: Env, problems: string[]): BotCredentials | undefined {
  const appType = value(env, 'MicrosoftAppType');
  const appId = value(env, 'MicrosoftAppId');
  const tenantId = value(env, 'MicrosoftAppTenantId');
  const password = value(env, 'MicrosoftAppPassword');
  const before = problems.length;
  if (appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppType must be SingleTenant or UserAssignedMSI');
  }
  if (!appId) problems.push("MicrosoftAppId (the bot's app id) is required");
  if (!tenantId) problems.push('MicrosoftAppTenantId is required');
  if (appType === 'SingleTenant' && !password) problems.push('MicrosoftAppPassword is required for a SingleTenant bot');
  if (problems.length > before || !appId || !tenantId) return undefined;
  return appType === 'SingleTenant'
    ? { appType, appId, tenantId, password: password ?? '' }
    : { appType: 'UserAssignedMSI', appId, tenantId };
}

/** In dev mode bot credentials are optional (a tunnel to real Teams still needs them). */
function optionalBot(env: Env): BotCredentials | undefined {
  if (!value(env, 'MicrosoftAppId')) return undefined;
  const problems: string[] = [];
  const bot = requiredBot(env, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return bot;
}

function requiredSso(env: Env, problems: string[]): SsoSettings | undefined {
  const clientId = value(env, 'AAD_APP_CLIENT_ID');
  const tenantId = value(env, 'AAD_APP_TENANT_ID');
  const appIdUri = value(env, 'AAD_APP_ID_URI');
  const before = problems.length;
  if (!clientId) problems.push("AAD_APP_CLIENT_ID (the tab's SSO app registration) is required");
  if (!tenantId) problems.push('AAD_APP_TENANT_ID is required');
  if (appIdUri !== undefined && !/^api:\/\/\S+$/.test(appIdUri)) {
    problems.push('AAD_APP_ID_URI must be the Application ID URI, starting with api:// (e.g. api://<tab domain>/<client id>)');
  }
  if (problems.length > before || !clientId || !tenantId) return undefined;
  const extra = (value(env, 'UTVALG_ALLOWED_TENANTS') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return { clientId, tenantId, ...(appIdUri ? { appIdUri } : {}), allowedTenants: [...new Set([tenantId, ...extra])] };
}
