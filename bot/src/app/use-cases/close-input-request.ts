import { requireSameVersion } from '../scope/require-same-version';
import { NotFound } from '../../domain/errors';
import type { InputRequest } from '../../domain/input-request';
import { closedInputRequest } from '../../domain/input-request-rules';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';

export interface CloseInputRequestInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  requestId: string;
  etag: string;
}

/**
 * The secretary closes an input request before its deadline: members can no
 * longer give or change input. Closing a closed request changes nothing.
 */
export async function closeInputRequest(
  deps: AppDeps,
  input: CloseInputRequestInput,
): Promise<{ request: InputRequest; etag: string }> {
  const { principal, councilId, meetingId, requestId, etag } = input;
  const { work, now } = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'close an input request',
    withWork: true,
  });
  const stored = work.inputRequest.find((r) => r.value.id === requestId);
  if (!stored) throw new NotFound('input request');
  if (stored.value.closedAt !== undefined) return { request: stored.value, etag: stored.etag };
  requireSameVersion(stored, etag, 'input request');
  const saved = await deps.work.update(councilId, 'inputRequest', closedInputRequest(stored.value, now), etag);
  return { request: saved.value, etag: saved.etag };
}
