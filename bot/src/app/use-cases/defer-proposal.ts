import { decideProposal, requireDeferTarget } from '../../domain/proposal-decision';
import type { AppDeps } from '../deps';
import { newDecision, runDecision, type DecisionInput, type DecisionOutcome } from '../support/proposal-decision-steps';

export type DeferProposalInput = DecisionInput & { toMeetingId: string };

/**
 * Defers a proposal to one of the council's later meetings. Each meeting is
 * its own partition, so the proposal is copied, not moved: the original stays
 * in its meeting as 'deferred' (pointing to the copy) and a pending copy
 * (pointing back) lands in the later meeting's inbox.
 */
export async function deferProposal(deps: AppDeps, input: DeferProposalInput): Promise<DecisionOutcome> {
  return runDecision(deps, input, async (ctx, proposal) => {
    const meetings = await deps.meetings.list(ctx.council.value.id);
    const target = requireDeferTarget(
      meetings.map((m) => m.value),
      ctx.meeting.value,
      input.toMeetingId,
      ctx.now,
    );
    const deferredTo = { meetingId: target.id, proposalId: deps.newId() };
    return { decided: decideProposal(proposal, newDecision(ctx, input, 'defer', { deferredTo }), input.reason) };
  });
}
