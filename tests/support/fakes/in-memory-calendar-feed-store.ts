/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { CalendarFeedStore, Versioned } from '../../../bot/src/app/ports';
import type { CalendarFeed } from '../../../bot/src/domain/calendar-feed';
import { ConcurrentEdit } from '../../../bot/src/domain/errors';
import { calendarFeedSchema } from '../../../bot/src/schemas/domain-schemas';
import { VersionedRows } from './versioned-rows';

/** Members' feed addresses in memory: one row a member; a secret opens only its member's current row. */
export class InMemoryCalendarFeedStore implements CalendarFeedStore {
  private readonly feeds = new VersionedRows<CalendarFeed>(calendarFeedSchema, 'calendarFeed');

  async current(tenantId: string, aadObjectId: string): Promise<Versioned<CalendarFeed> | undefined> {
    return this.feeds.get(tenantId, aadObjectId);
  }
  async replace(feed: CalendarFeed, previous: Versioned<CalendarFeed> | undefined): Promise<Versioned<CalendarFeed>> {
    if (!previous) return this.feeds.create(feed.tenantId, feed.aadObjectId, feed);
    return this.feeds.update(feed.tenantId, feed.aadObjectId, feed, previous.etag);
  }
  async revoke(previous: Versioned<CalendarFeed>): Promise<void> {
    const { tenantId, aadObjectId } = previous.value;
    if (this.feeds.get(tenantId, aadObjectId)?.etag !== previous.etag) throw new ConcurrentEdit('calendarFeed');
    this.feeds.delete(tenantId, aadObjectId);
  }
  async findBySecretHash(secretHash: string): Promise<CalendarFeed | undefined> {
    return this.feeds.listAll().find((f) => f.value.secretHash === secretHash)?.value;
  }
}
