import { describeMe } from '../../app/describe-me';
import { handle, type RouteContext } from '../route-kit';
import type { DemoUser } from '../tab-api-routes';

/** Who is signed in and which councils they belong to (with their role there). */
export function registerMeRoutes(ctx: RouteContext, demoUsers: () => Promise<DemoUser[]>): void {
  ctx.server.get(
    '/api/me',
    handle(ctx, async (_req, principal) => {
      const me = await describeMe(ctx.deps, principal);
      return {
        devMode: ctx.auth.devMode,
        user: { aadObjectId: me.aadObjectId, name: me.name, tenantId: me.tenantId },
        councils: me.councils,
        ...(ctx.auth.devMode ? { demoUsers: await demoUsers() } : {}),
      };
    }),
  );
}
