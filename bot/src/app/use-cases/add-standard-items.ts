import type { AgendaView } from '../../domain/agenda-view';
import { ConcurrentEdit } from '../../domain/errors';
import { missingStandardItems, standardItem } from '../../domain/standard-items';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps } from '../deps';
import { agendaViewOf } from './load-agenda';
import { openAgendaForEditing, type AgendaTarget } from '../support/open-agenda-for-editing';

export type AddStandardItemsInput = AgendaTarget;

/**
 * Adds the standard first and last items (approval of notice and minutes,
 * Eventuelt) to a meeting that lacks them, titled in the council's language.
 * Their ids are fixed per meeting, so doing it twice adds them once.
 */
export async function addStandardItems(deps: AppDeps, input: AddStandardItemsInput): Promise<AgendaView> {
  const { ctx, items } = await openAgendaForEditing(deps, input);
  const missing = missingStandardItems(items).map((s) => standardItem(s, input.meetingId, ctx.council.value.language));
  if (missing.length > 0) {
    try {
      await applyAgendaChange(deps, ctx, { action: 'addStandardItems', before: [], after: missing }, new Map());
    } catch (error) {
      // Someone added them at the same moment: the agenda has them either way.
      if (!(error instanceof ConcurrentEdit)) throw error;
    }
  }
  return agendaViewOf(deps, ctx);
}
