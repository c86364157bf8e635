import { assertAgendaEditable, newAgendaOrder } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope } from '../support/open-agenda-for-editing';
import { requireSameVersion } from '../scope/require-same-version';

export interface AgendaOrder {
  councilId: string;
  meetingId: string;
  /** Every ordinary item, in the new order, with the ETag the secretary read. */
  items: { id: string; etag: string }[];
}

export interface ReorderAgendaInput extends AgendaOrder {
  principal: Principal;
}

/** Puts the ordinary items in a new order, in one transaction; the standard items stay first and last. */
export async function reorderAgenda(deps: AppDeps, input: ReorderAgendaInput): Promise<AgendaView> {
  const ctx = await loadAgendaScope(deps, input);
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(input.councilId, input.meetingId);
  const items = work.item.map((r) => r.value);
  const moved = newAgendaOrder(
    items,
    input.items.map((i) => i.id),
  );
  // The order is of the whole list as the secretary read it: every item must be as read,
  // and every one is written (moved or not) on its ETag, so of two orders made from one
  // read exactly one is saved and the other is refused (412), never a mix of both.
  const etags = new Map(input.items.map((i) => [i.id, i.etag]));
  const listed = work.item.filter((r) => etags.has(r.value.id));
  for (const row of listed) requireSameVersion(row, etags.get(row.value.id)!, 'agenda');
  if (moved.length > 0) {
    const before = items.filter((i) => moved.some((m) => m.id === i.id));
    const asRead = listed.map((r) => ({ value: r.value, etag: etags.get(r.value.id)! }));
    await applyAgendaChange(deps, ctx, { action: 'reorder', before, after: moved }, etags, asRead);
  }
  return agendaViewOf(deps, ctx);
}
