import { assertAgendaEditable, assertRoomOnAgenda } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { ConcurrentEdit } from '../../domain/errors';
import { missingStandardItems, standardItem } from '../../domain/standard-items';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope, type AgendaTarget } from '../support/open-agenda-for-editing';

export type AddStandardItemsInput = AgendaTarget;

/**
 * Adds the standard first and last items (approval of notice and minutes,
 * Eventuelt) to a meeting that lacks them, titled in the council's language.
 * Their ids are fixed per meeting, so doing it twice adds them once.
 */
export async function addStandardItems(deps: AppDeps, input: AddStandardItemsInput): Promise<AgendaView> {
  const ctx = await loadAgendaScope(deps, input);
  assertAgendaEditable(ctx.meeting.value);
  const work = await deps.work.load(input.councilId, input.meetingId);
  const missing = missingStandardItems(work.item.map((r) => r.value)).map((s) =>
    standardItem(s, input.meetingId, ctx.council.value.language),
  );
  if (missing.length > 0) {
    assertRoomOnAgenda(
      work.item.map((r) => r.value),
      missing.length,
    );
    try {
      await applyAgendaChange(deps, ctx, { action: 'addStandardItems', before: [], after: missing }, new Map());
    } catch (error) {
      // Someone added them at the same moment: the agenda has them either way.
      if (!(error instanceof ConcurrentEdit)) throw error;
    }
  }
  return agendaViewOf(deps, ctx);
}
