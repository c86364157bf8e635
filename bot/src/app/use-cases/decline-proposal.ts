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

/** Declines a proposal with a reason the proposer is told. */
export async function declineProposal(deps: AppDeps, principal: Principal, request: DecisionRequest): Promise<DecisionOutcome> {
  const start = await startDecision(deps, principal, request);
  if (start.repeat) return finishDecision(deps, start.ctx, request, true);
  const { ctx, proposal } = start;
  const decided = decideProposal(proposal, newDecision(ctx, request, 'decline'), request.reason);
  return writeDecision(deps, ctx, request, async () => {
    await deps.work.update(ctx.council.value.id, 'proposal', decided, request.etag);
  });
}
