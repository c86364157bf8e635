import { assertAgendaEditable } from '../../domain/agenda-edit';
import { decideProposal, requireMergeTarget } from '../../domain/proposal-decision';
import type { AppDeps, Principal } from '../deps';
import {
  finishDecision,
  newDecision,
  startDecision,
  writeDecision,
  type DecisionOutcome,
  type DecisionRequest,
} from '../support/proposal-decision-steps';

export type MergeProposalInput = DecisionRequest & { itemId: string } & { principal: Principal };

/** Merges a proposal into an item already on the agenda, with a reason the proposer is told. */
export async function mergeProposal(deps: AppDeps, input: MergeProposalInput): Promise<DecisionOutcome> {
  const { principal } = input;
  const start = await startDecision(deps, principal, input);
  if (start.repeat) return finishDecision(deps, start.ctx, input, true);
  const { ctx, proposal } = start;
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(ctx.council.value.id, ctx.meeting.value.id);
  const target = requireMergeTarget(
    work.item.map((r) => r.value),
    input.itemId,
  );
  const decided = decideProposal(proposal, newDecision(ctx, input, 'merge', { agendaItemId: target.id }), input.reason);
  return writeDecision(deps, ctx, input, async () => {
    await deps.work.update(ctx.council.value.id, 'proposal', decided, input.etag);
  });
}
