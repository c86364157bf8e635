import { assertAgendaEditable, itemOnAgenda, markItemRemoved } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadScope } from '../scope/request-scope';

/**
 * Takes an item off the agenda: a conditional update marking the row removed
 * (a batch delete would go unconditionally, and the row is history anyway).
 * The standard first and last items cannot be removed.
 */
export async function removeAgendaItem(
  deps: AppDeps,
  principal: Principal,
  request: { councilId: string; meetingId: string; itemId: string; etag: string },
): Promise<AgendaView> {
  const ctx = await loadScope(deps, {
    principal,
    councilId: request.councilId,
    meetingId: request.meetingId,
    managerAction: 'compile the agenda',
  });
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(request.councilId, request.meetingId);
  const item = itemOnAgenda(
    work.item.map((r) => r.value),
    request.itemId,
  );
  const removed = markItemRemoved(item, ctx.now.toISOString());
  await applyAgendaChange(deps, ctx, { action: 'remove', before: [item], after: [removed] }, new Map([[item.id, request.etag]]));
  return agendaViewOf(deps, ctx);
}
