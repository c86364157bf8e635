import { editAgendaItem, itemOnAgenda, type AgendaItemFields } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { openAgendaForEditing } from '../support/open-agenda-for-editing';

export interface AgendaItemEdit {
  councilId: string;
  meetingId: string;
  itemId: string;
  /** If-Match: the item as the secretary read it. */
  etag: string;
  fields: AgendaItemFields;
}

export interface UpdateAgendaItemInput extends AgendaItemEdit {
  principal: Principal;
}

/** Edits an item's content; a locked item keeps its case number. */
export async function updateAgendaItem(deps: AppDeps, input: UpdateAgendaItemInput): Promise<AgendaView> {
  const { ctx, items } = await openAgendaForEditing(deps, input);
  const item = itemOnAgenda(items, input.itemId);
  const edited = editAgendaItem(item, input.fields);
  await applyAgendaChange(deps, ctx, { action: 'edit', before: [item], after: [edited] }, new Map([[item.id, input.etag]]));
  return agendaViewOf(deps, ctx);
}
