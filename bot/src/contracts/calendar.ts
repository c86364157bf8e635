// The personal calendar feed address (bot/src/http/routes/calendar-routes.ts). The .ics answers are text/calendar, not JSON.

/** GET /api/me/calendar-feed: whether the person has an address, and the ETag to replace or delete it with. */
export interface CalendarFeedStatus {
  feed: { createdAt: string } | null;
  etag?: string;
}

/** POST /api/me/calendar-feed: the new address, shown once (only a hash of it is kept). */
export interface MadeCalendarFeed {
  /** Path on this server, e.g. /api/calendar-feeds/<secret>.ics; the tab makes it absolute. */
  path: string;
  feed: { createdAt: string };
  etag: string;
}
