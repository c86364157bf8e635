import type { Meeting } from '../../domain/meeting';
import { assertTransition } from '../../domain/meeting-status';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface CancelMeetingInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  reason: string;
  etag: string;
}

/** Cancels a meeting that has not been held, with a reason members see. Its rows are kept. */
export async function cancelMeeting(deps: AppDeps, input: CancelMeetingInput): Promise<Versioned<Meeting>> {
  const { principal, councilId, meetingId, reason, etag } = input;
  const { meeting: stored } = await loadScope(deps, { principal, councilId, meetingId, managerAction: 'cancel a meeting' });
  requireSameVersion(stored, etag, 'meeting');
  assertTransition(stored.value.status, 'cancelled', reason);
  return deps.meetings.update({ ...stored.value, status: 'cancelled', cancelledReason: reason }, etag);
}
