import {
  assertAgendaEditable,
  assertRoomOnAgenda,
  itemsNewOrderDependsOn,
  orderForNewItem,
  requireRepeatOf,
} from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { carryOverItem, postponedOffers, previousMeeting } from '../../domain/postponement';
import { NotFound } from '../../domain/errors';
import { applyAgendaChange } from '../support/apply-agenda-change';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope } from '../support/open-agenda-for-editing';

export interface PostponedItemRequest {
  councilId: string;
  meetingId: string;
  /** The postponed item at the previous meeting. */
  fromItemId: string;
  /** Chosen by the client, so a retried request adds the item once. */
  itemId: string;
}

export interface AddPostponedItemInput extends PostponedItemRequest {
  principal: Principal;
}

/**
 * Puts an item the previous meeting postponed on this meeting's agenda, with
 * a reference to its old case number; it gets a new number when this agenda is locked.
 */
export async function addPostponedItem(
  deps: AppDeps,
  input: AddPostponedItemInput,
): Promise<{ view: AgendaView; created: boolean }> {
  const ctx = await loadAgendaScope(deps, input);
  const meeting = ctx.meeting.value;
  assertAgendaEditable(meeting);
  const [work, meetings] = await Promise.all([
    deps.work.load(input.councilId, input.meetingId),
    deps.meetings.list(input.councilId),
  ]);
  const items = work.item.map((r) => r.value);
  const previous = previousMeeting(
    meetings.map((m) => m.value),
    meeting,
  );
  if (!previous) throw new NotFound('postponed item');
  const previousItems = (await deps.work.load(input.councilId, previous.id)).item.map((r) => r.value);
  const existing = items.find((i) => i.id === input.itemId);
  if (existing) {
    // A retry: the item is already carried over (and so no longer offered). Anything else under this id is an error.
    const from = previousItems.find((i) => i.id === input.fromItemId);
    requireRepeatOf(existing, { title: from?.title ?? '', postponedFrom: from?.caseNumber });
    return { view: await agendaViewOf(deps, ctx), created: false };
  }
  const item = carryOverItem(postponedOffers(previousItems, items), input.fromItemId, {
    id: input.itemId,
    meetingId: meeting.id,
    order: orderForNewItem(items),
  });
  assertRoomOnAgenda(items, 1);
  await applyAgendaChange(
    deps,
    ctx,
    { action: 'addPostponed', before: [], after: [item] },
    new Map(),
    itemsNewOrderDependsOn(work.item),
  );
  return { view: await agendaViewOf(deps, ctx), created: true };
}
