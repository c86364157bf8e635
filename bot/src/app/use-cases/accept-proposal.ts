import { assertAgendaEditable, assertRoomOnAgenda, itemsNewOrderDependsOn, orderForNewItem } from '../../domain/agenda-edit';
import { agendaChangesAreRecorded } from '../../domain/meeting-status';
import { decideProposal, itemFromProposal } from '../../domain/proposal-decision';
import { agendaChangeRows } from '../support/agenda-change-hook';
import type { AppDeps } from '../deps';
import type { WorkChange } from '../ports';
import { newDecision, runDecision, type DecisionInput, type DecisionOutcome } from '../support/proposal-decision-steps';

export type AcceptProposalInput = DecisionInput;

/**
 * Accepts a proposal: it becomes an agenda item of its meeting. The decided
 * proposal and the new item are written in one transaction (both or neither).
 */
export async function acceptProposal(deps: AppDeps, input: AcceptProposalInput): Promise<DecisionOutcome> {
  return runDecision(deps, input, async (ctx, proposal) => {
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
    return {
      decided,
      alongside: [
        { op: 'create', kind: 'item', value: item },
        // Unchanged, on their ETags: two items accepted at once cannot take the same place.
        ...itemsNewOrderDependsOn(work.item).map((r): WorkChange => ({
          op: 'update',
          kind: 'item',
          value: r.value,
          etag: r.etag,
        })),
        ...changeLog,
      ],
    };
  });
}
