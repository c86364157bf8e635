import { FEED_SECRET_PATTERN } from '../../domain/calendar-feed';
import { NotFound } from '../../domain/errors';
import { writeCalendar } from '../../domain/icalendar';
import { meetingsForFeed } from '../../domain/meeting-calendar';
import { textsFor } from '../../texts/catalogue';
import type { AppDeps } from '../deps';
import { findMemberships } from '../scope/find-memberships';
import { hashFeedSecret } from '../support/feed-secret';
import { meetingEvents, type CalendarFile } from '../support/meeting-events';

export interface ReadCalendarFeedInput {
  /** The secret from the feed's address; the only thing that authorizes the request. */
  secret: string;
}

/**
 * A member's personal feed: every upcoming meeting of the councils they are
 * an active member of today. An unknown, malformed or revoked secret is the
 * same NotFound, so the answer tells nothing of which it was.
 */
export async function readCalendarFeed(deps: AppDeps, input: ReadCalendarFeedInput): Promise<CalendarFile> {
  const feed = FEED_SECRET_PATTERN.test(input.secret)
    ? await deps.calendarFeeds.findBySecretHash(hashFeedSecret(input.secret))
    : undefined;
  if (!feed) throw new NotFound('calendarFeed');
  const now = deps.clock();
  const memberships = await findMemberships(deps, { tenantId: feed.tenantId, aadObjectId: feed.aadObjectId });
  const perCouncil = await Promise.all(
    memberships.map(async ({ council, member }) => {
      const meetings = meetingsForFeed(
        (await deps.meetings.list(council.id)).map((m) => m.value),
        now,
      );
      return meetingEvents(deps, council, meetings, member.language ?? council.language);
    }),
  );
  const language = memberships[0]?.member.language ?? memberships[0]?.council.language ?? 'nb';
  return {
    fileName: 'utvalg.ics',
    text: writeCalendar({
      name: textsFor(language).calendar.feedName,
      stampedAt: now.toISOString(),
      events: perCouncil.flat().sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    }),
  };
}
