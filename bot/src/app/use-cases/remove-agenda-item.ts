import { itemOnAgenda, markItemRemoved } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps } from '../deps';
import { agendaViewOf } from './load-agenda';
import { openAgendaForEditing, type AgendaTarget } from '../support/open-agenda-for-editing';

export interface RemoveAgendaItemInput extends AgendaTarget {
  itemId: string;
  etag: string;
}

/**
 * Takes an item off the agenda: a conditional update marking the row removed
 * (a batch delete would go unconditionally, and the row is history anyway).
 * The standard first and last items cannot be removed.
 */
export async function removeAgendaItem(deps: AppDeps, input: RemoveAgendaItemInput): Promise<AgendaView> {
  const { ctx, items } = await openAgendaForEditing(deps, input);
  const item = itemOnAgenda(items, input.itemId);
  const removed = markItemRemoved(item, ctx.now.toISOString());
  await applyAgendaChange(deps, ctx, { action: 'remove', before: [item], after: [removed] }, new Map([[item.id, input.etag]]));
  return agendaViewOf(deps, ctx);
}
