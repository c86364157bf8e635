import { z } from 'zod';
import { exportMeetingCalendar } from '../../app/use-cases/export-meeting-calendar';
import { exportYearCalendar } from '../../app/use-cases/export-year-calendar';
import { makeCalendarFeed } from '../../app/use-cases/make-calendar-feed';
import { readCalendarFeed } from '../../app/use-cases/read-calendar-feed';
import { revokeCalendarFeed } from '../../app/use-cases/revoke-calendar-feed';
import { viewCalendarFeed } from '../../app/use-cases/view-calendar-feed';
import type { CalendarFeedStatus, MadeCalendarFeed } from '../../contracts/calendar';
import { NotFound } from '../../domain/errors';
import {
  calendarFile,
  councilParams,
  getDocument,
  handle,
  handleWithoutSignIn,
  meetingParams,
  parseBody,
  parseParams,
  requireIfMatch,
  type RouteContext,
} from '../route-kit';

/** Where a feed answers: outside /api/councils, since its secret, not a sign-in, authorizes it. */
export const CALENDAR_FEED_BASE = '/api/calendar-feeds';

const yearFile = z.string().regex(/^\d{4}\.ics$/, { message: 'not a year' });
const noBody = z.object({}).strict();

/** Calendars: a meeting and a council's year as .ics for members, and each person's secret feed address. */
export function registerCalendarRoutes(ctx: RouteContext): void {
  // Document routes: a signed download link reaches them too (route-kit.ts getDocument).
  getDocument(ctx, '/api/councils/:councilId/meetings/:meetingId/meeting.ics', async (req, principal) => {
    const { councilId, meetingId } = parseParams(meetingParams, req);
    return calendarFile(await exportMeetingCalendar(ctx.deps, { principal, councilId, meetingId }));
  });

  getDocument(ctx, '/api/councils/:councilId/calendar/:yearFile', async (req, principal) => {
    const { councilId, yearFile: file } = parseParams({ ...councilParams, yearFile }, req);
    const year = Number(file.slice(0, 4));
    return calendarFile(await exportYearCalendar(ctx.deps, { principal, councilId, year }));
  });

  ctx.server.get(
    '/api/me/calendar-feed',
    handle(ctx, async (_req, principal) => {
      const feed = await viewCalendarFeed(ctx.deps, { principal });
      return (
        feed ? { feed: { createdAt: feed.value.createdAt }, etag: feed.etag } : { feed: null }
      ) satisfies CalendarFeedStatus;
    }),
  );

  ctx.server.post(
    '/api/me/calendar-feed',
    handle(ctx, async (req, principal) => {
      // Making the first address sends no ETag; replacing one sends the ETag of the address read.
      const etag = req.header('if-match') === undefined ? undefined : requireIfMatch(req);
      parseBody(noBody, req);
      const { secret, feed } = await makeCalendarFeed(ctx.deps, { principal, etag });
      return {
        path: `${CALENDAR_FEED_BASE}/${secret}.ics`,
        feed: { createdAt: feed.value.createdAt },
        etag: feed.etag,
      } satisfies MadeCalendarFeed;
    }),
  );

  ctx.server.post(
    '/api/me/calendar-feed/revoke',
    handle(ctx, async (req, principal) => {
      const etag = requireIfMatch(req);
      parseBody(noBody, req);
      await revokeCalendarFeed(ctx.deps, { principal, etag });
      return { feed: null } satisfies CalendarFeedStatus;
    }),
  );

  ctx.server.get(
    `${CALENDAR_FEED_BASE}/:feedFile`,
    handleWithoutSignIn(ctx, async (req) => {
      // Anything that is not "<secret>.ics" is an unknown address: the same 404, never a 400 that tells it apart.
      const params: unknown = req.params;
      const file = z.object({ feedFile: z.string() }).safeParse(params);
      const secret = file.success && file.data.feedFile.endsWith('.ics') ? file.data.feedFile.slice(0, -4) : '';
      if (secret === '') throw new NotFound('calendarFeed');
      return calendarFile(await readCalendarFeed(ctx.deps, { secret }));
    }),
  );
}
