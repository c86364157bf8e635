import type { CalendarFeed } from '../../domain/calendar-feed';
import { ConcurrentEdit } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { hashFeedSecret } from '../support/feed-secret';

export interface MakeCalendarFeedInput {
  principal: Principal;
  /** The ETag of the address read, to replace it; absent when the person has none. */
  etag: string | undefined;
}

/**
 * Makes the person's personal feed address; a new one replaces (and kills)
 * the old. The secret is returned this once and only its hash is stored.
 * Replacing needs the ETag of the address read, so two tabs pressing at
 * once cannot each show an address of which one is already dead.
 */
export async function makeCalendarFeed(
  deps: AppDeps,
  input: MakeCalendarFeedInput,
): Promise<{ secret: string; feed: Versioned<CalendarFeed> }> {
  const { principal, etag } = input;
  const current = await deps.calendarFeeds.current(principal.tenantId, principal.aadObjectId);
  if ((current?.etag ?? undefined) !== etag) throw new ConcurrentEdit('calendarFeed');
  const secret = deps.newSecret();
  const feed = await deps.calendarFeeds.replace(
    {
      tenantId: principal.tenantId,
      aadObjectId: principal.aadObjectId,
      secretHash: hashFeedSecret(secret),
      createdAt: deps.clock().toISOString(),
    },
    current,
  );
  return { secret, feed };
}
