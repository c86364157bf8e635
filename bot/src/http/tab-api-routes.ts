import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AppDeps } from '../app/deps';
import { describeMe } from '../app/describe-me';
import { listMeetings } from '../app/list-meetings';
import { loadMeetingPackage } from '../app/load-meeting-package';
import type { Logger } from '../config/logger';
import { InvalidValue } from '../domain/errors';
import type { Role } from '../domain/member';
import { idSchema } from '../schemas/domain-schemas';
import type { Authenticator } from './authenticator';
import { sendError } from './error-response';

export interface DemoUser {
  aadObjectId: string;
  name: string;
  role: Role;
}

function parseParams<T extends z.ZodRawShape>(shape: T, req: Request): z.infer<z.ZodObject<T>> {
  const parsed = z.object(shape).safeParse(req.params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidValue(issue?.path.join('.') || 'path', issue?.message ?? 'invalid');
  }
  return parsed.data;
}

/** Thin routes: authenticate, parse, call one use case, send. */
export function registerTabApiRoutes(
  server: Server,
  deps: AppDeps,
  auth: Authenticator,
  log: Logger,
  demoUsers: () => Promise<DemoUser[]>,
): void {
  const handle =
    (work: (req: Request) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        res.header('Cache-Control', 'no-store');
        res.send(200, await work(req));
      } catch (error) {
        sendError(res, error, log);
      }
    };

  server.get(
    '/api/me',
    handle(async (req) => {
      const principal = await auth.authenticate(req);
      const me = await describeMe(deps, principal);
      return {
        devMode: auth.devMode,
        user: { aadObjectId: me.aadObjectId, name: me.name, tenantId: me.tenantId },
        councils: me.councils,
        ...(auth.devMode ? { demoUsers: await demoUsers() } : {}),
      };
    }),
  );

  server.get(
    '/api/councils/:councilId/meetings',
    handle(async (req) => {
      const principal = await auth.authenticate(req);
      const { councilId } = parseParams({ councilId: idSchema }, req);
      return { meetings: await listMeetings(deps, principal, councilId) };
    }),
  );

  server.get(
    '/api/councils/:councilId/meetings/:meetingId/package',
    handle(async (req) => {
      const principal = await auth.authenticate(req);
      const { councilId, meetingId } = parseParams({ councilId: idSchema, meetingId: idSchema }, req);
      return loadMeetingPackage(deps, principal, councilId, meetingId);
    }),
  );
}
