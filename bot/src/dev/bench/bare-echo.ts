import restify, { type Request, type Response } from 'restify';
import { silentLogger } from '../../config/logger';
import { createBotAdapter } from '../../teams/bot-adapter';
import { StaticCardEchoBot } from '../../teams/static-card-echo-bot';

/**
 * The yardstick for a card press: a bare botbuilder CloudAdapter on the same
 * restify, with the same body parsing and the same adapter settings as the
 * app (bot/src/http/server.ts, bot/src/teams/bot-adapter.ts), answering the
 * same invoke with a static card and touching no storage. Bench only: it
 * lives beside the bench so the app's own layers stay as they are.
 */
export async function startBareEcho(): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = createBotAdapter(undefined, silentLogger);
  const bot = new StaticCardEchoBot();
  const server = restify.createServer({ name: 'bare-echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));
  server.use((_req: Request, res: Response, next: () => void) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    next();
  });
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
