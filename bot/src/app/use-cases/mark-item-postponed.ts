import { itemOnAgenda } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { markPostponed } from '../../domain/postponement';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadScope } from '../scope/request-scope';

/** After a meeting is held: marks an item it did not reach as postponed, so the next meeting offers it. */
export async function markItemPostponed(
  deps: AppDeps,
  principal: Principal,
  request: { councilId: string; meetingId: string; itemId: string; etag: string; postponed: boolean },
): Promise<AgendaView> {
  const ctx = await loadScope(deps, {
    principal,
    councilId: request.councilId,
    meetingId: request.meetingId,
    managerAction: 'compile the agenda',
  });
  const work = await deps.work.load(request.councilId, request.meetingId);
  const item = itemOnAgenda(
    work.item.map((r) => r.value),
    request.itemId,
  );
  const marked = markPostponed(ctx.meeting.value, item, request.postponed);
  await deps.work.update(request.councilId, 'item', marked, request.etag);
  return agendaViewOf(deps, ctx);
}
