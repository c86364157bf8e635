import { decideProposal, requireDeferTarget } from '../../domain/proposal-decision';
import type { AppDeps, Principal } from '../deps';
import {
  finishDecision,
  newDecision,
  startDecision,
  writeDecision,
  type DecisionOutcome,
  type DecisionRequest,
} from '../support/proposal-decision-steps';

export type DeferProposalInput = DecisionRequest & { toMeetingId: string } & { principal: Principal };

/**
 * Defers a proposal to one of the council's later meetings. Each meeting is
 * its own partition, so the proposal is copied, not moved: the original stays
 * in its meeting as 'deferred' (pointing to the copy) and a pending copy
 * (pointing back) lands in the later meeting's inbox.
 */
export async function deferProposal(deps: AppDeps, input: DeferProposalInput): Promise<DecisionOutcome> {
  const { principal } = input;
  const start = await startDecision(deps, principal, input);
  if (start.repeat) return finishDecision(deps, start.ctx, input, true);
  const { ctx, proposal } = start;
  const meetings = await deps.meetings.list(ctx.council.value.id);
  const target = requireDeferTarget(
    meetings.map((m) => m.value),
    ctx.meeting.value,
    input.toMeetingId,
    ctx.now,
  );
  const deferredTo = { meetingId: target.id, proposalId: deps.newId() };
  const decided = decideProposal(proposal, newDecision(ctx, input, 'defer', { deferredTo }), input.reason);
  return writeDecision(deps, ctx, input, async () => {
    await deps.work.update(ctx.council.value.id, 'proposal', decided, input.etag);
  });
}
