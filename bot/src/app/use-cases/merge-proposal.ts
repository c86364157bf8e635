import { assertAgendaEditable } from '../../domain/agenda-edit';
import { decideProposal, requireMergeTarget } from '../../domain/proposal-decision';
import type { AppDeps } from '../deps';
import { newDecision, runDecision, type DecisionInput, type DecisionOutcome } from '../support/proposal-decision-steps';

export type MergeProposalInput = DecisionInput & { itemId: string };

/** Merges a proposal into an item already on the agenda, with a reason the proposer is told. */
export async function mergeProposal(deps: AppDeps, input: MergeProposalInput): Promise<DecisionOutcome> {
  return runDecision(deps, input, async (ctx, proposal) => {
    assertAgendaEditable(ctx.meeting.value);
    const work = await deps.work.load(ctx.council.value.id, ctx.meeting.value.id);
    const target = requireMergeTarget(
      work.item.map((r) => r.value),
      input.itemId,
    );
    return { decided: decideProposal(proposal, newDecision(ctx, input, 'merge', { agendaItemId: target.id }), input.reason) };
  });
}
