import { assertAgendaEditable, assertRoomOnAgenda, itemsNewOrderDependsOn, orderForNewItem } from '../../domain/agenda-edit';
import { agendaChangesAreRecorded } from '../../domain/meeting-status';
import { decideProposal, itemFromProposal } from '../../domain/proposal-decision';
import { agendaChangeRows } from '../support/agenda-change-hook';
import type { AppDeps, Principal } from '../deps';
import type { WorkChange } from '../ports';
import {
  finishDecision,
  newDecision,
  startDecision,
  writeDecision,
  type DecisionOutcome,
  type DecisionRequest,
} from '../support/proposal-decision-steps';

export interface AcceptProposalInput extends DecisionRequest {
  principal: Principal;
}

/**
 * Accepts a proposal: it becomes an agenda item of its meeting. The decided
 * proposal and the new item are written in one transaction (both or neither).
 */
export async function acceptProposal(deps: AppDeps, input: AcceptProposalInput): Promise<DecisionOutcome> {
  const { principal } = input;
  const start = await startDecision(deps, principal, input);
  if (start.repeat) return finishDecision(deps, start.ctx, input, true);
  const { ctx, proposal } = start;
  const meeting = ctx.meeting.value;
  assertAgendaEditable(meeting);

  const work = await deps.work.load(ctx.council.value.id, meeting.id);
  assertRoomOnAgenda(
    work.item.map((r) => r.value),
    1,
  );
  const item = itemFromProposal(proposal, {
    id: deps.newId(),
    order: orderForNewItem(work.item.map((r) => r.value)),
  });
  const decided = decideProposal(proposal, newDecision(ctx, input, 'accept', { agendaItemId: item.id }), input.reason);
  const changeLog = agendaChangeRows(
    { meeting, by: ctx.me, at: ctx.now.toISOString(), recorded: agendaChangesAreRecorded(meeting.status) },
    { action: 'acceptProposal', before: [], after: [item] },
  );
  return writeDecision(deps, ctx, input, async () => {
    await deps.work.apply(ctx.council.value.id, meeting.id, [
      { op: 'update', kind: 'proposal', value: decided, etag: input.etag },
      { op: 'create', kind: 'item', value: item },
      // Unchanged, on their ETags: two items accepted at once cannot take the same place.
      ...itemsNewOrderDependsOn(work.item).map((r): WorkChange => ({ op: 'update', kind: 'item', value: r.value, etag: r.etag })),
      ...changeLog,
    ]);
  });
}
