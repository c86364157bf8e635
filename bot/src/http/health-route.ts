import type { Request, Response, Server } from 'restify';
import type { Logger } from '../config/logger';

/** GET /api/health: 200 when storage answers, 503 when it does not (e.g. Azurite is down). */
export function registerHealthRoute(server: Server, pingStorage: () => Promise<void>, log: Logger): void {
  server.get('/api/health', async (_req: Request, res: Response) => {
    try {
      await pingStorage();
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (error) {
      log.warn('health check: storage unavailable', { error: String(error) });
      res.send(503, { status: 'unavailable', storage: 'unreachable' });
    }
  });
}
