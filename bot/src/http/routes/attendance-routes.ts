import { viewAttendanceOverview } from '../../app/use-cases/attendance-overview';
import { handle, meetingParams, parseParams, type RouteContext } from '../route-kit';
import type { AttendanceOverviewResponse } from '../../contracts/inputs';

/** Oppmøte: every member may read the overview; reasons for apologies go to the secretary and chair only. */
export function registerAttendanceRoutes(ctx: RouteContext): void {
  ctx.server.get(
    '/api/councils/:councilId/meetings/:meetingId/attendance',
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return viewAttendanceOverview(ctx.deps, { principal, councilId, meetingId }) satisfies Promise<AttendanceOverviewResponse>;
    }),
  );
}
