import type { CalendarFeedStatus, MadeCalendarFeed } from '../../../bot/src/contracts/calendar';
import type { ApiClient } from './api-client';

/** The person's own calendar feed address (bot/src/http/routes/calendar-routes.ts). */
export function calendarFeedApi(client: ApiClient) {
  const path = '/api/me/calendar-feed';
  return {
    status: async (): Promise<CalendarFeedStatus> => (await client.request<CalendarFeedStatus>('GET', path)).body,
    /** A new address; `etag` is the current one's, which it replaces (absent when there is none). */
    make: async (etag: string | undefined): Promise<MadeCalendarFeed> =>
      (await client.request<MadeCalendarFeed>('POST', path, { body: {}, ...(etag !== undefined && { etag }) })).body,
    revoke: async (etag: string): Promise<CalendarFeedStatus> =>
      (await client.request<CalendarFeedStatus>('POST', `${path}/revoke`, { body: {}, etag })).body,
  };
}
