import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import type { Logger } from '../config/logger';
import type { BotAdapter } from '../teams/bot-adapter';
import { answerBotRequest } from '../teams/bot-endpoint';
import type { Authenticator } from './authenticator';
import { DocumentRoutes } from './document-routes-kit';
import type { DownloadLinkSigner } from './download-link-signer';
import { registerHealthRoute } from './health-route';
import { jsonBodiesOnly } from './json-bodies-only';
import { registerRestifyErrorShape } from './restify-errors';
import type { DevTools } from './routes/dev-routes';
import { registerTabApiRoutes } from './tab-api-routes';
import { registerTabAssets } from './tab-assets';

export interface ServerParts {
  deps: AppDeps;
  adapter: BotAdapter;
  bot: ActivityHandler;
  auth: Authenticator;
  /** Signs and checks the document routes' download links. */
  downloadLinks: DownloadLinkSigner;
  log: Logger;
  tabDirectory: string;
  pingStorage: () => Promise<void>;
  /** Dev mode only. */
  dev?: DevTools;
}

/** Request bodies larger than this are refused before parsing (cards and API bodies are small). */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Teams loads the tab in an iframe; only Teams and Microsoft 365 hosts may frame it:
 * the hosts Microsoft lists for tabs ("Tab requirements", learn.microsoft.com), among
 * them Outlook on office365.com (outlook.office.com and outlook-sdf.office.com fall
 * under *.office.com). teams-js fetches its list of valid host domains from res.cdn.office.net.
 */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.office.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office365.com',
];

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'utvalg', handleUncaughtExceptions: false });
  registerRestifyErrorShape(server);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodiesOnly);
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));
  server.use((req: Request, res: Response, next: () => void) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const authorization = req.header('authorization') ?? '';
    const answer = await answerBotRequest(parts, { body: req.body as unknown, authorization });
    res.status(answer.status);
    if (answer.body !== undefined) res.send(answer.body);
    res.end();
  });

  registerHealthRoute(server, parts.pingStorage, parts.log);
  const documents = new DocumentRoutes(parts.downloadLinks, parts.auth, parts.log);
  registerTabApiRoutes({ server, deps: parts.deps, auth: parts.auth, log: parts.log, documents }, parts.dev);

  server.get('/', (_req: Request, res: Response, next: () => void) => {
    res.redirect(302, '/tab/', next);
  });
  registerTabAssets(
    server,
    parts.tabDirectory,
    {
      'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' https://res.cdn.office.net; frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
    },
    { sourceMaps: parts.dev !== undefined },
  );
  return server;
}
