import type { Role } from '../domain/member';
import type { RouteContext } from './route-kit';
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

export interface DemoUser {
  aadObjectId: string;
  name: string;
  role: Role;
}

/** Every area of the tab API registers its own routes; routes stay thin (authenticate, parse, one use case). */
export function registerTabApiRoutes(ctx: RouteContext, demoUsers: () => Promise<DemoUser[]>): void {
  registerMeRoutes(ctx, demoUsers);
  registerMeetingPackageRoutes(ctx);
  registerProposalRoutes(ctx);
  registerAgendaRoutes(ctx);
  registerRosterRoutes(ctx);
  registerMeetingRoutes(ctx);
  registerCouncilSettingsRoutes(ctx);
  registerPublishRoutes(ctx);
  registerAttendanceRoutes(ctx);
  registerInputRequestRoutes(ctx);
}
