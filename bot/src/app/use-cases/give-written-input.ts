import { DeadlinePassed, MeetingClosed, NotFound } from '../../domain/errors';
import { isOpenForMembers } from '../../domain/meeting-status';
import { isAsked, isInputOpen, type InputRequest, type WrittenInput } from '../../domain/input-request';
import type { AgendaItem } from '../../domain/agenda';
import type { AppDeps, Principal } from '../deps';
import { loadScope, type MeetingScope } from '../scope/request-scope';

export interface InputView {
  scope: MeetingScope;
  request: InputRequest;
  input: WrittenInput | undefined;
  /** The agenda item the request is about, if it names one. */
  item: AgendaItem | undefined;
}

export interface ViewWrittenInputInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
  requestId: string;
}

/** An input request the member is asked to answer, with what they wrote so far. */
export async function viewWrittenInput(deps: AppDeps, input: ViewWrittenInputInput): Promise<InputView> {
  const { principal, councilId, meetingId, requestId } = input;
  const { scope, request, stored, item } = await load(deps, principal, councilId, meetingId, requestId);
  return { scope, request, input: stored?.value, item };
}

async function load(deps: AppDeps, principal: Principal | undefined, councilId: string, meetingId: string, requestId: string) {
  const scope = await loadScope(deps, { principal, councilId, meetingId });
  const [request, stored] = await Promise.all([
    deps.work.get(councilId, meetingId, 'inputRequest', requestId),
    deps.work.get(councilId, meetingId, 'input', { requestId, memberId: scope.me.aadObjectId }),
  ]);
  // Someone not asked is treated as if the request did not exist for them.
  if (!request || !isAsked(request.value, scope.me.aadObjectId)) throw new NotFound('input request');
  const item = request.value.agendaItemId
    ? (await deps.work.get(councilId, meetingId, 'item', request.value.agendaItemId))?.value
    : undefined;
  return { scope, request: request.value, stored, item };
}

export interface GiveWrittenInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
  requestId: string;
  answers: Record<string, string>;
}

/**
 * A member gives (or edits) written input: one answer per question, until the
 * deadline. Questions left blank are kept out; at least one must be answered
 * (the card parser checks that).
 */
export async function giveWrittenInput(deps: AppDeps, input: GiveWrittenInput): Promise<InputView> {
  const { principal, councilId, meetingId, requestId, answers } = input;
  const { scope, request, stored, item } = await load(deps, principal, councilId, meetingId, requestId);
  if (!isOpenForMembers(scope.meeting.value.status)) throw new MeetingClosed(meetingId);
  if (!isInputOpen(request, scope.now)) throw new DeadlinePassed(request.deadline);
  const known = new Set(request.questions.map((q) => q.id));
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
  const written: WrittenInput = {
    meetingId,
    requestId,
    memberId: scope.me.aadObjectId,
    answers: kept,
    submittedAt: scope.now.toISOString(),
  };
  const saved = stored
    ? await deps.work.update(councilId, 'input', written, stored.etag)
    : await deps.work.create(councilId, 'input', written);
  return { scope, request, input: saved.value, item };
}
