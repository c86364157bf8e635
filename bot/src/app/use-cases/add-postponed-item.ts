import {
  assertAgendaEditable,
  assertRoomOnAgenda,
  itemsNewOrderDependsOn,
  orderForNewItem,
  requireRepeatOf,
} from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { carryOverItem, findOffer, postponedOffers, postponementChain } from '../../domain/postponement';
import { applyAgendaChange } from '../support/apply-agenda-change';
import { otherAgendas } from '../support/council-agendas';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope } from '../support/open-agenda-for-editing';

export interface PostponedItemRequest {
  councilId: string;
  meetingId: string;
  /** The postponed item at the meeting it was postponed at. */
  fromItemId: string;
  /** That meeting; without it, the latest meeting offering an item by that id. */
  fromMeetingId?: string;
  /** Chosen by the client, so a retried request adds the item once. */
  itemId: string;
}

export interface AddPostponedItemInput extends PostponedItemRequest {
  principal: Principal;
}

/**
 * Puts an item an earlier meeting postponed on this meeting's agenda, with the
 * chain of its old case numbers; it gets a new number when this agenda is locked.
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
  const others = await otherAgendas(
    deps,
    meeting,
    meetings.map((m) => m.value),
  );
  const existing = items.find((i) => i.id === input.itemId);
  if (existing) {
    // A retry: the item is already carried over (and so no longer offered). Anything else under this id is an error.
    const from = others
      .filter((o) => input.fromMeetingId === undefined || o.meeting.id === input.fromMeetingId)
      .flatMap((o) => o.rows.map((r) => r.value))
      .find((i) => i.id === input.fromItemId && i.postponed === true);
    requireRepeatOf(existing, { title: from?.title ?? '', postponedFrom: from ? postponementChain(from) : undefined });
    return { view: await agendaViewOf(deps, ctx), created: false };
  }
  const offer = findOffer(postponedOffers({ meeting, items }, others), input.fromItemId, input.fromMeetingId);
  const item = carryOverItem(offer.row.value, {
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
