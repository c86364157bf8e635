import type { CalendarFeed } from '../../domain/calendar-feed';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface ViewCalendarFeedInput {
  principal: Principal;
}

/** The person's feed address as stored (when made; never the secret), or undefined. */
export function viewCalendarFeed(deps: AppDeps, input: ViewCalendarFeedInput): Promise<Versioned<CalendarFeed> | undefined> {
  return deps.calendarFeeds.current(input.principal.tenantId, input.principal.aadObjectId);
}
