import { decideProposal } from '../../domain/proposal-decision';
import type { AppDeps } from '../deps';
import { newDecision, runDecision, type DecisionInput, type DecisionOutcome } from '../support/proposal-decision-steps';

export type DeclineProposalInput = DecisionInput;

/** Declines a proposal with a reason the proposer is told. */
export async function declineProposal(deps: AppDeps, input: DeclineProposalInput): Promise<DecisionOutcome> {
  return runDecision(deps, input, (ctx, proposal) => ({
    decided: decideProposal(proposal, newDecision(ctx, input, 'decline'), input.reason),
  }));
}
