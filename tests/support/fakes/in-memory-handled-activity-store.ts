/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { ClaimAttempt, HandledActivityStore } from '../../../bot/src/app/ports';
import type { ActivityClaim } from '../../../bot/src/domain/activity-claim';

/** Claimed activity keys in memory, each with a version counter standing in for the ETag. */
export class InMemoryHandledActivityStore implements HandledActivityStore {
  private readonly claims = new Map<string, { claim: ActivityClaim; version: number }>();

  async claim(key: string, at: string): Promise<ClaimAttempt> {
    const found = this.claims.get(key);
    if (found) return { claimed: false, existing: { value: { ...found.claim }, etag: String(found.version) } };
    this.claims.set(key, { claim: { claimedAt: at }, version: 1 });
    return { claimed: true };
  }

  async takeOver(key: string, etag: string, at: string): Promise<boolean> {
    const found = this.claims.get(key);
    if (!found || String(found.version) !== etag) return false;
    this.claims.set(key, { claim: { claimedAt: at }, version: found.version + 1 });
    return true;
  }

  async complete(key: string, at: string): Promise<void> {
    const found = this.claims.get(key);
    this.claims.set(key, {
      claim: { claimedAt: found?.claim.claimedAt ?? at, completedAt: at },
      version: (found?.version ?? 0) + 1,
    });
  }

  async release(key: string): Promise<void> {
    this.claims.delete(key);
  }
}
