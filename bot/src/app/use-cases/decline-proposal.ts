import { decideProposal } from '../../domain/proposal-decision';
import type { AppDeps, Principal } from '../deps';
import {
  finishDecision,
  newDecision,
  startDecision,
  writeDecision,
  type DecisionOutcome,
  type DecisionRequest,
} from '../support/proposal-decision-steps';

export interface DeclineProposalInput extends DecisionRequest {
  principal: Principal;
}

/** Declines a proposal with a reason the proposer is told. */
export async function declineProposal(deps: AppDeps, input: DeclineProposalInput): Promise<DecisionOutcome> {
  const { principal } = input;
  const start = await startDecision(deps, principal, input);
  if (start.repeat) return finishDecision(deps, start.ctx, input, true);
  const { ctx, proposal } = start;
  const decided = decideProposal(proposal, newDecision(ctx, input, 'decline'), input.reason);
  return writeDecision(deps, ctx, input, async () => {
    await deps.work.update(ctx.council.value.id, 'proposal', decided, input.etag);
  });
}
