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

/** Merges a proposal into an item already on the agenda, with a reason the proposer is told. */
export async function mergeProposal(
  deps: AppDeps,
  principal: Principal,
  request: DecisionRequest & { itemId: string },
): Promise<DecisionOutcome> {
  const start = await startDecision(deps, principal, request);
  if (start.repeat) return finishDecision(deps, start.ctx, request, true);
  const { ctx, proposal } = start;
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(ctx.council.value.id, ctx.meeting.value.id);
  const target = requireMergeTarget(
    work.item.map((r) => r.value),
    request.itemId,
  );
  const decided = decideProposal(proposal, newDecision(ctx, request, 'merge', { agendaItemId: target.id }), request.reason);
  return writeDecision(deps, ctx, request, async () => {
    await deps.work.update(ctx.council.value.id, 'proposal', decided, request.etag);
  });
}
