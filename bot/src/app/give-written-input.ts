import { DeadlinePassed, MeetingClosed, NotFound } from '../domain/errors';
import { isOpenForMembers } from '../domain/meeting-status';
import { isAsked, isInputOpen, type InputRequest, type WrittenInput } from '../domain/input-request';
import type { AppDeps, Principal } from './deps';
import { loadMemberMeeting, type MemberMeetingContext } from './member-context';

export interface InputView {
  context: MemberMeetingContext;
  request: InputRequest;
  input: WrittenInput | undefined;
}

/** An input request the member is asked to answer, with what they wrote so far. */
export async function viewWrittenInput(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
  requestId: string,
): Promise<InputView> {
  const { context, request, stored } = await load(deps, principal, councilId, meetingId, requestId);
  return { context, request, input: stored?.value };
}

async function load(deps: AppDeps, principal: Principal | undefined, councilId: string, meetingId: string, requestId: string) {
  const context = await loadMemberMeeting(deps, principal, councilId, meetingId);
  const [request, stored] = await Promise.all([
    deps.work.get(councilId, meetingId, 'inputRequest', requestId),
    deps.work.get(councilId, meetingId, 'input', `${requestId}~${context.member.aadObjectId}`),
  ]);
  // Someone not asked is treated as if the request did not exist for them.
  if (!request || !isAsked(request.value, context.member.aadObjectId)) throw new NotFound('input request');
  return { context, request: request.value, stored };
}

/**
 * A member gives (or edits) written input: one answer per question, until the
 * deadline. Questions left blank are kept out; at least one must be answered
 * (the card parser checks that).
 */
export async function giveWrittenInput(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
  requestId: string,
  answers: Record<string, string>,
): Promise<InputView> {
  const { context, request, stored } = await load(deps, principal, councilId, meetingId, requestId);
  if (!isOpenForMembers(context.meeting.status)) throw new MeetingClosed(context.meeting.id);
  if (!isInputOpen(request, context.now)) throw new DeadlinePassed(request.deadline);
  const known = new Set(request.questions.map((q) => q.id));
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
  const input: WrittenInput = {
    meetingId,
    requestId,
    memberId: context.member.aadObjectId,
    answers: kept,
    submittedAt: context.now.toISOString(),
  };
  const saved = stored
    ? await deps.work.update(councilId, 'input', input, stored.etag)
    : await deps.work.create(councilId, 'input', input);
  return { context, request, input: saved.value };
}
