import { judgeClaim } from '../../domain/activity-claim';
import { StorageUnavailable } from '../../domain/errors';
import type { AppDeps } from '../deps';

/** How a turn's work ended: done (a redelivery changes nothing) or failed (a retry should do it again). */
export type TurnOutcome = 'done' | 'failed';

export interface HandleActivityOnceInput {
  /** The activity's duplicate-delivery key (teams/handled-once.ts). */
  key: string;
  /** The turn's work; `duplicate` says the activity was handled or is being handled elsewhere: show, write nothing. */
  work: (duplicate: boolean) => Promise<TurnOutcome>;
}

/**
 * Runs an incoming activity's work once across redeliveries, in two phases:
 * the claim is taken before the work and completed after it. A redelivery
 * finding a completed claim, or one still within its lease, runs as a
 * duplicate; one finding a claim that was never completed and is older than
 * the lease (the turn that took it died) takes it over and does the work.
 * A failed turn gives its claim back, so Teams' retry or a new press can try.
 * If storage fails while the claim is taken, StorageUnavailable reaches the caller.
 *
 * The two phases cost two round trips of a press's four, and both stay: the
 * claim lives in its own table and the answer in the meeting's partition, and
 * a Table transaction spans one partition of one table, so they cannot share
 * one; and a claim never completed expires into one a late redelivery takes
 * over, which would then write an old press over a newer answer.
 */
export async function handleActivityOnce(deps: AppDeps, turn: HandleActivityOnceInput): Promise<void> {
  if (!(await claim(deps, turn.key))) {
    await turn.work(true);
    return;
  }
  let outcome: TurnOutcome;
  try {
    outcome = await turn.work(false);
  } catch (error) {
    await settle(() => deps.handledActivities.release(turn.key));
    throw error;
  }
  if (outcome === 'failed') await settle(() => deps.handledActivities.release(turn.key));
  else await settle(() => deps.handledActivities.complete(turn.key, deps.clock().toISOString()));
}

/** True when this turn holds the claim (taken fresh or over an abandoned one). */
async function claim(deps: AppDeps, key: string): Promise<boolean> {
  const at = deps.clock();
  const attempt = await deps.handledActivities.claim(key, at.toISOString());
  if (attempt.claimed) return true;
  if (judgeClaim(attempt.existing.value, at) !== 'abandoned') return false;
  return deps.handledActivities.takeOver(key, attempt.existing.etag, at.toISOString());
}

/**
 * Completing or giving back a claim after the work: when storage is down the
 * answer to the person must still go out, and the claim, left uncompleted,
 * expires into one a retry may take over.
 */
async function settle(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof StorageUnavailable)) throw error;
  }
}
