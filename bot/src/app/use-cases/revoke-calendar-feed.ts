import { ConcurrentEdit, NotFound } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';

export interface RevokeCalendarFeedInput {
  principal: Principal;
  etag: string;
}

/** Deletes the person's feed address: from now on it answers 404, like one that never existed. */
export async function revokeCalendarFeed(deps: AppDeps, input: RevokeCalendarFeedInput): Promise<void> {
  const { principal, etag } = input;
  const current = await deps.calendarFeeds.current(principal.tenantId, principal.aadObjectId);
  if (!current) throw new NotFound('calendarFeed');
  if (current.etag !== etag) throw new ConcurrentEdit('calendarFeed');
  await deps.calendarFeeds.revoke(current);
}
