import { NotFound } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { assertTransition } from '../domain/meeting-status';
import { loadManagerContext, requireSameVersion } from './council-context';
import type { AppDeps, Principal } from './deps';
import type { Versioned } from './ports';

/** Cancels a meeting that has not been held, with a reason members see. Its rows are kept. */
export async function cancelMeeting(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
  reason: string,
  etag: string,
): Promise<Versioned<Meeting>> {
  await loadManagerContext(deps, principal, councilId, 'cancel a meeting');
  const stored = await deps.meetings.get(councilId, meetingId);
  if (!stored) throw new NotFound('meeting');
  requireSameVersion(stored, etag, 'meeting');
  assertTransition(stored.value.status, 'cancelled', reason);
  return deps.meetings.update({ ...stored.value, status: 'cancelled', cancelledReason: reason }, etag);
}
