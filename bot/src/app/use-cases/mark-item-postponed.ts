import { itemOnAgenda } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { markPostponed } from '../../domain/postponement';
import type { AppDeps } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope, type AgendaTarget } from '../support/open-agenda-for-editing';

export interface MarkItemPostponedInput extends AgendaTarget {
  itemId: string;
  etag: string;
  postponed: boolean;
}

/** After a meeting is held: marks an item it did not reach as postponed, so the next meeting offers it. */
export async function markItemPostponed(deps: AppDeps, input: MarkItemPostponedInput): Promise<AgendaView> {
  const ctx = await loadAgendaScope(deps, input);
  const work = await deps.work.load(input.councilId, input.meetingId);
  const item = itemOnAgenda(
    work.item.map((r) => r.value),
    input.itemId,
  );
  const marked = markPostponed(ctx.meeting.value, item, input.postponed);
  await deps.work.update(input.councilId, 'item', marked, input.etag);
  return agendaViewOf(deps, ctx);
}
