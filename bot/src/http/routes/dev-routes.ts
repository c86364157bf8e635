import type { DevCouncilPeople } from '../../app/use-cases/list-dev-people';
import type { DevClockSettings } from '../../config/clock';
import { handle, type RouteContext } from '../route-kit';
import type { DevPeopleResponse } from '../../contracts/me';

/** What dev mode adds to the tab API; compose.ts builds it only in dev mode. */
export interface DevTools {
  /** The people of every council in storage, for the tab's dev picker. */
  people(): Promise<DevCouncilPeople[]>;
  /** The dev clock, when one runs (the tab's dev marker shows it and the tab follows it). */
  clock?: DevClockSettings;
}

/** Dev mode's own routes. Never registered outside dev mode, so production answers them 404. */
export function registerDevRoutes(ctx: RouteContext, dev: DevTools): void {
  ctx.server.get(
    '/api/dev/people',
    handle(ctx, async () => ({ councils: await dev.people() }) satisfies DevPeopleResponse),
  );
}
