import { requireSameVersion } from '../scope/require-same-version';
import { NotFound } from '../../domain/errors';
import { editedInputRequest, type InputRequestDraft } from '../../domain/input-request-rules';
import type { SavedInputRequest } from './create-input-request';
import type { AppDeps, Principal } from '../deps';
import { draftContextOf } from '../scope/draft-context';
import { loadScope } from '../scope/request-scope';
import { notifyAskedMembers } from '../support/notify-asked-members';

export interface UpdateInputRequestInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  requestId: string;
  draft: InputRequestDraft;
  etag: string;
}

/**
 * The secretary changes an input request, with the ETag they read (a stale one
 * is 412 before anything else is checked). The edit rule is in
 * editedInputRequest; members newly asked are told 1:1.
 */
export async function updateInputRequest(deps: AppDeps, input: UpdateInputRequestInput): Promise<SavedInputRequest> {
  const { principal, councilId, meetingId, requestId, draft, etag } = input;
  const scope = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'change an input request',
    withWork: true,
  });
  const { work } = scope;
  const draftContext = draftContextOf(scope);
  const stored = work.inputRequest.find((r) => r.value.id === requestId);
  if (!stored) throw new NotFound('input request');
  requireSameVersion(stored, etag, 'input request');
  const hasAnswers = work.input.some((i) => i.value.requestId === requestId);
  const edited = editedInputRequest(stored.value, draft, draftContext, hasAnswers);
  const saved = await deps.work.update(councilId, 'inputRequest', edited, etag);
  const notified = await notifyAskedMembers(deps, scope, saved.value, work);
  return { request: saved.value, etag: saved.etag, notified };
}
