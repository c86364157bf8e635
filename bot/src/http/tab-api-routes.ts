import type { RouteContext } from './route-kit';
import { registerDevRoutes, type DevTools } from './routes/dev-routes';
import { registerMeRoutes } from './routes/me-routes';
import { registerMeetingPackageRoutes } from './routes/meeting-package-routes';
import { registerAgendaRoutes } from './routes/agenda-routes';
import { registerProposalRoutes } from './routes/proposal-routes';
import { registerRosterRoutes } from './routes/roster-routes';
import { registerMeetingRoutes } from './routes/meeting-routes';
import { registerCouncilSettingsRoutes } from './routes/council-settings-routes';
import { registerPublishRoutes } from './routes/publish-routes';
import { registerAttendanceRoutes } from './routes/attendance-routes';
import { registerInputRequestRoutes } from './routes/input-request-routes';
import { registerCalendarRoutes } from './routes/calendar-routes';
import { registerFollowUpRoutes } from './routes/follow-up-routes';
import { registerDocumentRoutes } from './routes/document-routes';
import { registerMinutesRoutes } from './routes/minutes-routes';
import { registerDownloadLinkRoutes } from './routes/download-link-routes';

/**
 * Every area of the tab API registers its own routes; routes stay thin (authenticate, parse, one use case).
 * `dev` only in dev mode: the dev routes exist only then.
 */
export function registerTabApiRoutes(ctx: RouteContext, dev: DevTools | undefined): void {
  const devTools = ctx.auth.devMode ? dev : undefined;
  registerMeRoutes(ctx, devTools);
  if (devTools) registerDevRoutes(ctx, devTools);
  registerMeetingPackageRoutes(ctx);
  registerProposalRoutes(ctx);
  registerAgendaRoutes(ctx);
  registerRosterRoutes(ctx);
  registerMeetingRoutes(ctx);
  registerCouncilSettingsRoutes(ctx);
  registerPublishRoutes(ctx);
  registerAttendanceRoutes(ctx);
  registerInputRequestRoutes(ctx);
  registerFollowUpRoutes(ctx);
  registerDocumentRoutes(ctx);
  registerCalendarRoutes(ctx);
  registerMinutesRoutes(ctx);
  registerDownloadLinkRoutes(ctx);
}
