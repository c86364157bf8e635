import type { PendingSetup } from '../../domain/council-setup';
import { ConcurrentEdit } from '../../domain/errors';
import type { AppDeps } from '../deps';

const ATTEMPTS = 4;

export interface ChangePendingSetupInput {
  tenantId: string;
  teamId: string;
  change: (setup: PendingSetup) => PendingSetup;
}

/**
 * Applies `change` to a team's pending setup, read and written with its ETag:
 * a change that lost a race is applied again to what won. Undefined when the
 * team has no pending setup; no write when `change` returns its argument.
 */
export async function changePendingSetup(deps: AppDeps, input: ChangePendingSetupInput): Promise<PendingSetup | undefined> {
  const { tenantId, teamId, change } = input;
  for (let attempt = 1; ; attempt++) {
    const stored = await deps.councils.getPendingSetup(tenantId, teamId);
    if (!stored) return undefined;
    const next = change(stored.value);
    if (next === stored.value) return next;
    try {
      return (await deps.councils.updatePendingSetup(next, stored.etag)).value;
    } catch (error) {
      if (!(error instanceof ConcurrentEdit) || attempt >= ATTEMPTS) throw error;
    }
  }
}
