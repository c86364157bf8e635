import { z } from 'zod';
import type { CalendarFeedStore, Versioned } from '../app/ports';
import type { CalendarFeed } from '../domain/calendar-feed';
import { ConcurrentEdit, NotFound } from '../domain/errors';
import { calendarFeedSchema, idSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import type { TableClientFactory } from './table-storage';

/** Who a secret's hash belongs to: the lookup row a feed request reads first. */
const secretOwnerSchema = z.object({ tenantId: idSchema, aadObjectId: idSchema, secretHash: z.string() });
type SecretOwner = z.infer<typeof secretOwnerSchema>;

const ROW = 'feed';
const memberKey = (tenantId: string, aadObjectId: string): string => `member~${tenantId}~${aadObjectId}`;
const secretKey = (secretHash: string): string => `secret~${secretHash}`;

/**
 * Calendar feeds in one table, two rows a feed: the member's row (their
 * current address, the one a change is conditional on) and a row keyed by
 * the secret's hash (so a feed request finds its member with a point read).
 * A secret opens only while the member's row still names it, so an address
 * is dead the moment the member's row changes, even if the old lookup row
 * could not be deleted.
 */
export class TableCalendarFeedStore implements CalendarFeedStore {
  private readonly feeds: JsonTable<CalendarFeed>;
  private readonly owners: JsonTable<SecretOwner>;
  constructor(tables: TableClientFactory) {
    const client = tables('calendarFeeds');
    this.feeds = new JsonTable(client, calendarFeedSchema, 'calendarFeed');
    this.owners = new JsonTable(client, secretOwnerSchema, 'calendarFeed');
  }

  current(tenantId: string, aadObjectId: string): Promise<Versioned<CalendarFeed> | undefined> {
    return this.feeds.get(memberKey(tenantId, aadObjectId), ROW);
  }

  async replace(feed: CalendarFeed, previous: Versioned<CalendarFeed> | undefined): Promise<Versioned<CalendarFeed>> {
    this.feeds.validate(feed);
    const owner = await this.owners.create(secretKey(feed.secretHash), ROW, {
      tenantId: feed.tenantId,
      aadObjectId: feed.aadObjectId,
      secretHash: feed.secretHash,
    });
    let saved: Versioned<CalendarFeed>;
    try {
      const key = memberKey(feed.tenantId, feed.aadObjectId);
      saved = previous ? await this.feeds.update(key, ROW, feed, previous.etag) : await this.feeds.create(key, ROW, feed);
    } catch (error) {
      // A refused change leaves nothing behind: the new secret's lookup row goes again.
      await this.owners.delete(secretKey(feed.secretHash), ROW, owner.etag);
      throw error;
    }
    if (previous) await this.forget(previous.value.secretHash);
    return saved;
  }

  async revoke(previous: Versioned<CalendarFeed>): Promise<void> {
    await this.feeds.delete(memberKey(previous.value.tenantId, previous.value.aadObjectId), ROW, previous.etag);
    await this.forget(previous.value.secretHash);
  }

  async findBySecretHash(secretHash: string): Promise<CalendarFeed | undefined> {
    const owner = await this.owners.get(secretKey(secretHash), ROW);
    if (!owner) return undefined;
    const feed = await this.current(owner.value.tenantId, owner.value.aadObjectId);
    return feed?.value.secretHash === secretHash ? feed.value : undefined;
  }

  /** Deletes a dead secret's lookup row (it no longer opens anything either way). */
  private async forget(secretHash: string): Promise<void> {
    const owner = await this.owners.get(secretKey(secretHash), ROW);
    if (!owner) return;
    try {
      await this.owners.delete(secretKey(secretHash), ROW, owner.etag);
    } catch (error) {
      // Someone else deleted it between our read and delete: the same end.
      if (!(error instanceof ConcurrentEdit) && !(error instanceof NotFound)) throw error;
    }
  }
}
