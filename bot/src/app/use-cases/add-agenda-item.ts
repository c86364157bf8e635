import {
  assertAgendaEditable,
  assertRoomOnAgenda,
  itemsNewOrderDependsOn,
  newAgendaItem,
  orderForNewItem,
  requireRepeatOf,
  type AgendaItemFields,
} from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { ConcurrentEdit } from '../../domain/errors';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope } from '../support/open-agenda-for-editing';

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
  const ctx = await loadAgendaScope(deps, input);
  assertAgendaEditable(ctx.meeting.value);
  // Items added at the same moment take their places one after the other: a
  // try that lost its place to another (ConcurrentEdit) reads again and retries.
  for (let attempt = 1; ; attempt++) {
    const work = await deps.work.load(input.councilId, input.meetingId);
    const items = work.item.map((r) => r.value);
    const item = newAgendaItem(input.itemId, input.meetingId, orderForNewItem(items), input.fields);
    const existing = items.find((i) => i.id === input.itemId);
    if (existing) {
      requireRepeatOf(existing, item);
      return { view: await agendaViewOf(deps, ctx), created: false };
    }
    assertRoomOnAgenda(items, 1);
    try {
      await applyAgendaChange(
        deps,
        ctx,
        { action: 'add', before: [], after: [item] },
        new Map(),
        itemsNewOrderDependsOn(work.item),
      );
      return { view: await agendaViewOf(deps, ctx), created: true };
    } catch (error) {
      if (!(error instanceof ConcurrentEdit) || attempt >= MAX_ADD_ATTEMPTS) throw error;
      // The same request, retried while the first was still running, got there first: the next read finds it.
    }
  }
}

/** Enough for every secretary and chair of a council adding at once; past it the agenda is too busy (412). */
export const MAX_ADD_ATTEMPTS = 30;
