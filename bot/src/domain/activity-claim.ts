/**
 * The duplicate-delivery claim on one incoming activity, in two phases: taken
 * when handling starts, completed once the work is done. A claim that was
 * never completed belongs to a turn that failed or died, and must not turn
 * Teams' retry of that activity into a silent no-op.
 */
export interface ActivityClaim {
  claimedAt: string;
  completedAt?: string;
}

/**
 * How long a claim may stay uncompleted before a redelivery takes it over.
 * Longer than a request may wait on storage (8 s, STORAGE_TIMING in
 * config/settings.ts), so a turn that is still working keeps its claim;
 * shorter than the 15 s after which Teams retries, so that retry finds the
 * claim of a turn that died abandoned.
 */
export const ABANDONED_CLAIM_MS = 12_000;

/** What a redelivery finding a claim does: nothing (done, or still being handled), or the work (abandoned). */
export type ClaimFound = 'completed' | 'inProgress' | 'abandoned';

export function judgeClaim(claim: ActivityClaim, now: Date): ClaimFound {
  if (claim.completedAt !== undefined) return 'completed';
  return now.getTime() - Date.parse(claim.claimedAt) >= ABANDONED_CLAIM_MS ? 'abandoned' : 'inProgress';
}
