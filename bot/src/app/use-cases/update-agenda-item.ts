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

/** Edits an item's content; a locked item keeps its case number. */
export async function updateAgendaItem(deps: AppDeps, principal: Principal, request: AgendaItemEdit): Promise<AgendaView> {
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
  const edited = editAgendaItem(item, request.fields);
  await applyAgendaChange(deps, ctx, { action: 'edit', before: [item], after: [edited] }, new Map([[item.id, request.etag]]));
  return agendaViewOf(deps, ctx);
}
