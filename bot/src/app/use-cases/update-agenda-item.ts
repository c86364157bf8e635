import { assertAgendaEditable, editAgendaItem, itemOnAgenda, type AgendaItemFields } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadScope } from '../scope/request-scope';

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
  const edited = editAgendaItem(item, input.fields);
  await applyAgendaChange(deps, ctx, { action: 'edit', before: [item], after: [edited] }, new Map([[item.id, input.etag]]));
  return agendaViewOf(deps, ctx);
}
