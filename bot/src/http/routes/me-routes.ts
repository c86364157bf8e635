import { describeMe } from '../../app/use-cases/describe-me';
import { handle, type RouteContext } from '../route-kit';
import type { DevTools } from './dev-routes';
import type { MeResponse } from '../../contracts/me';

/**
 * Who is signed in and which councils they belong to (with their role there).
 * With a dev clock, also its settings and its time now, so the tab shows and follows it.
 */
export function registerMeRoutes(ctx: RouteContext, dev: DevTools | undefined): void {
  ctx.server.get(
    '/api/me',
    handle(ctx, async (_req, principal) => {
      const me = await describeMe(ctx.deps, { principal });
      return {
        devMode: ctx.auth.devMode,
        user: { aadObjectId: me.aadObjectId, name: me.name, tenantId: me.tenantId },
        councils: me.councils,
        ...(dev?.clock ? { devClock: { ...dev.clock, now: ctx.deps.clock().toISOString() } } : {}),
      } satisfies MeResponse;
    }),
  );
}
