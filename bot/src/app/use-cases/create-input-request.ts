import { ConcurrentEdit } from '../../domain/errors';
import type { InputRequest } from '../../domain/input-request';
import { newInputRequest, type InputRequestDraft } from '../../domain/input-request-rules';
import type { AppDeps, Principal } from '../deps';
import { draftContextOf } from '../scope/draft-context';
import { loadScope } from '../scope/request-scope';
import { notifyAskedMembers, type NoticeReport } from '../support/notify-asked-members';
import type { Versioned } from '../ports';

export interface SavedInputRequest {
  request: InputRequest;
  etag: string;
  notified: NoticeReport;
}

export interface CreateInputRequestInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  id: string;
  draft: InputRequestDraft;
}

/**
 * The secretary (or chair) asks for written input for a meeting, and the bot
 * tells each asked member 1:1 with the input card. `id` is made with the form:
 * a retried create finds the stored request, makes no second one, and only
 * tells members who were not told yet.
 */
export async function createInputRequest(
  deps: AppDeps,
  input: CreateInputRequestInput,
): Promise<SavedInputRequest & { created: boolean }> {
  const { principal, councilId, meetingId, id, draft } = input;
  const scope = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'create an input request',
    withWork: true,
  });
  const { work } = scope;
  const draftContext = draftContextOf(scope);
  let saved: Versioned<InputRequest> | undefined = work.inputRequest.find((r) => r.value.id === id);
  let created = false;
  if (!saved) {
    const request = newInputRequest(id, draft, draftContext, scope.me.aadObjectId);
    try {
      saved = await deps.work.create(councilId, 'inputRequest', request);
      created = true;
    } catch (error) {
      // Two deliveries of the same form raced: the other one stored it.
      if (!(error instanceof ConcurrentEdit)) throw error;
      saved = await deps.work.get(councilId, meetingId, 'inputRequest', id);
      if (!saved) throw error;
    }
  }
  const notified = await notifyAskedMembers(deps, scope, saved.value, work);
  return { request: saved.value, etag: saved.etag, notified, created };
}
