import { listMeetings } from '../../app/use-cases/list-meetings';
import { loadMeetingPackage } from '../../app/use-cases/load-meeting-package';
import { councilParams, handle, meetingParams, parseParams, type RouteContext } from '../route-kit';
import type { MeetingsResponse } from '../../contracts/me';
import type { MeetingPackage } from '../../domain/meeting-package';

/** Reading: the council's meetings and one meeting's package. */
export function registerMeetingPackageRoutes(ctx: RouteContext): void {
  ctx.server.get(
    '/api/councils/:councilId/meetings',
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      return { meetings: await listMeetings(ctx.deps, { principal, councilId }) } satisfies MeetingsResponse;
    }),
  );

  ctx.server.get(
    '/api/councils/:councilId/meetings/:meetingId/package',
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return loadMeetingPackage(ctx.deps, { principal, councilId, meetingId }) satisfies Promise<MeetingPackage>;
    }),
  );
}
