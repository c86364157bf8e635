import { newAgendaItem, orderForNewItem, requireRepeatOf, type AgendaItemFields } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { ConcurrentEdit } from '../../domain/errors';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { openAgendaForEditing } from '../support/open-agenda-for-editing';

export interface NewAgendaItem {
  councilId: string;
  meetingId: string;
  /** Chosen by the client, so a retried request adds the item once. */
  itemId: string;
  fields: AgendaItemFields;
}

export interface AddAgendaItemInput extends NewAgendaItem {
  principal: Principal;
}

/** Adds an ordinary item before Eventuelt. It gets a case number when the agenda is (re)locked. */
export async function addAgendaItem(deps: AppDeps, input: AddAgendaItemInput): Promise<{ view: AgendaView; created: boolean }> {
  const { ctx, items } = await openAgendaForEditing(deps, input);
  const item = newAgendaItem(input.itemId, input.meetingId, orderForNewItem(items), input.fields);
  const existing = items.find((i) => i.id === input.itemId);
  if (existing) {
    requireRepeatOf(existing, item);
    return { view: await agendaViewOf(deps, ctx), created: false };
  }
  try {
    await applyAgendaChange(deps, ctx, { action: 'add', before: [], after: [item] }, new Map());
  } catch (error) {
    // The same request, retried while the first was still running, got there first.
    const raced = error instanceof ConcurrentEdit && (await deps.work.get(input.councilId, input.meetingId, 'item', item.id));
    if (!raced) throw error;
    return { view: await agendaViewOf(deps, ctx), created: false };
  }
  return { view: await agendaViewOf(deps, ctx), created: true };
}
