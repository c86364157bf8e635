import { newAgendaOrder } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { openAgendaForEditing } from '../support/open-agenda-for-editing';

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
  const { ctx, items } = await openAgendaForEditing(deps, input);
  const moved = newAgendaOrder(
    items,
    input.items.map((i) => i.id),
  );
  if (moved.length > 0) {
    const before = items.filter((i) => moved.some((m) => m.id === i.id));
    const etags = new Map(input.items.map((i) => [i.id, i.etag]));
    await applyAgendaChange(deps, ctx, { action: 'reorder', before, after: moved }, etags);
  }
  return agendaViewOf(deps, ctx);
}
