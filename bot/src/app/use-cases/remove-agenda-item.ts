import { assertAgendaEditable, itemOnAgenda, markItemRemoved } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadScope } from '../scope/request-scope';

export interface RemoveAgendaItemInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  itemId: string;
  etag: string;
}

/**
 * Takes an item off the agenda: a conditional update marking the row removed
 * (a batch delete would go unconditionally, and the row is history anyway).
 * The standard first and last items cannot be removed.
 */
export async function removeAgendaItem(deps: AppDeps, input: RemoveAgendaItemInput): Promise<AgendaView> {
  const { principal } = input;
  const ctx = await loadScope(deps, {
    principal,
    councilId: input.councilId,
    meetingId: input.meetingId,
    managerAction: 'compile the agenda',
  });
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(input.councilId, input.meetingId);
  const item = itemOnAgenda(
    work.item.map((r) => r.value),
    input.itemId,
  );
  const removed = markItemRemoved(item, ctx.now.toISOString());
  await applyAgendaChange(deps, ctx, { action: 'remove', before: [item], after: [removed] }, new Map([[item.id, input.etag]]));
  return agendaViewOf(deps, ctx);
}
