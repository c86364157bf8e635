import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { AppDeps, Principal } from './app/deps';
import { listDevPeople } from './app/use-cases/list-dev-people';
import { devClock, systemClock, type Clock } from './config/clock';
import { consoleLogger, type Logger } from './config/logger';
import type { Settings } from './config/settings';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY, DEMO_TENANT_ID } from './dev/demo-ids';
import { DevAuthenticator } from './http/authenticator';
import { createServer } from './http/server';
import { createSsoAuthenticator } from './http/sso-authenticator';
import { DownloadLinkSigner } from './http/download-link-signer';
import type { DevTools } from './http/routes/dev-routes';
import { archiveJob } from './scheduler/archive-job';
import { runScheduledJobs, type Scheduler } from './scheduler/scheduler';
import { TableCalendarFeedStore } from './storage/table-calendar-feed-store';
import { TableCaseNumberCounter } from './storage/table-case-number-counter';
import { TableConversationStore } from './storage/table-conversation-store';
import { TableHandledActivityStore } from './storage/table-handled-activity-store';
import { TableCouncilRepository } from './storage/table-council-repository';
import { TableFollowUpRepository } from './storage/table-follow-up-repository';
import { TableMeetingRepository } from './storage/table-meeting-repository';
import { TableMeetingWorkRepository } from './storage/table-meeting-work-repository';
import { TableMemberRepository } from './storage/table-member-repository';
import { createTableClientFactory, pingStorage, type TableClientFactory } from './storage/table-storage';
import { createBotAdapter } from './teams/bot-adapter';
import { TeamsMessenger } from './teams/teams-messenger';
import { UtvalgBot } from './teams/utvalg-bot';

export interface ComposeOptions {
  log?: Logger;
  /** Tests pin the time; otherwise the dev clock (dev mode, if set) or the system's. */
  clock?: Clock;
  /** Tests wrap the table clients to count calls. */
  tables?: TableClientFactory;
  /** Tests serve their own signing keys. Deliberately not a setting: production always uses Entra ID's keys. */
  ssoJwksUrl?: URL;
}

export interface ComposedApp {
  server: Server;
  deps: AppDeps;
  /** Starts listening; resolves with the port actually used (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Starts the server's own periodic work (the archive sweep), on this app's deps and clock. The entry
   * points call it; tests that only need the API leave it off. A second call does nothing.
   */
  startScheduler(): void;
  /** Stops the scheduler (waiting for a run under way) and the server. */
  close(): Promise<void>;
}

/**
 * The configured key, or (outside production: loadSettings requires one there) a key made now, so the
 * links this process signs work until it stops. Failing closed: another process refuses them.
 */
function downloadLinkKey(settings: Settings): Buffer {
  return settings.downloadLinkKey !== undefined ? Buffer.from(settings.downloadLinkKey, 'utf8') : randomBytes(32);
}

/** Builds storage adapters → use-case deps → bot and HTTP server from settings. */
export function composeApp(settings: Settings, options: ComposeOptions = {}): ComposedApp {
  const log = options.log ?? consoleLogger();
  const tables = options.tables ?? createTableClientFactory(settings.storage);
  const adapter = createBotAdapter(settings.bot, log);
  const conversations = new TableConversationStore(tables);
  // The one time source of the server: every use case, card and deadline reads it.
  const clock = options.clock ?? (settings.devClock ? devClock(settings.devClock) : systemClock);
  let boundPort: number | undefined;
  let scheduler: Scheduler | undefined;
  const deps: AppDeps = {
    councils: new TableCouncilRepository(tables),
    members: new TableMemberRepository(tables),
    meetings: new TableMeetingRepository(tables),
    work: new TableMeetingWorkRepository(tables),
    caseNumbers: new TableCaseNumberCounter(tables),
    followUps: new TableFollowUpRepository(tables),
    conversations,
    handledActivities: new TableHandledActivityStore(tables),
    calendarFeeds: new TableCalendarFeedStore(tables),
    messenger: new TeamsMessenger({ adapter, conversations, botAppId: settings.bot?.appId ?? '', log, clock }),
    clock,
    newId: randomUUID,
    newSecret: () => randomBytes(32).toString('base64url'),
    // Dev servers in tests listen on port 0, so the link's port is known only once listening.
    tabLinks: () => ({
      publicUrl: settings.publicUrl ?? (settings.devMode ? `http://localhost:${boundPort ?? settings.port}` : undefined),
      teamsAppId: settings.teamsAppId,
    }),
  };
  const devUser: Principal = { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY };
  const auth = settings.devMode
    ? new DevAuthenticator(devUser)
    : createSsoAuthenticator(settings.sso, { jwksUrl: options.ssoJwksUrl, clock: deps.clock, log });
  const downloadLinks = new DownloadLinkSigner(downloadLinkKey(settings), deps.clock);
  const dev: DevTools | undefined = settings.devMode
    ? {
        people: () => listDevPeople(deps, { firstCouncilId: DEMO_COUNCIL_ID }),
        ...(settings.devClock ? { clock: settings.devClock } : {}),
      }
    : undefined;
  const server = createServer({
    deps,
    adapter,
    bot: new UtvalgBot(deps, log),
    auth,
    downloadLinks,
    log,
    tabDirectory: settings.tabDirectory,
    pingStorage: () => pingStorage(tables),
    ...(dev ? { dev } : {}),
  });
  return {
    server,
    deps,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          // restify types address() loosely; read the port defensively.
          const address: unknown = server.address();
          boundPort = typeof address === 'object' && address !== null && 'port' in address ? Number(address.port) : port;
          resolve(boundPort);
        });
      }),
    startScheduler: () => {
      scheduler ??= runScheduledJobs([archiveJob(deps, log)], log);
    },
    close: async () => {
      await scheduler?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close() waits for an open tab.
        server.server.closeAllConnections();
      });
    },
  };
}
