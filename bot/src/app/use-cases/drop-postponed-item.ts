import { assertAgendaEditable } from '../../domain/agenda-edit';
import type { AgendaView } from '../../domain/agenda-view';
import { dropPostponed, findOffer, postponedOffers } from '../../domain/postponement';
import { agendaWithOthers } from '../support/council-agendas';
import type { AppDeps, Principal } from '../deps';
import { agendaViewOf } from './load-agenda';
import { loadAgendaScope } from '../support/open-agenda-for-editing';

export interface DropPostponedItemInput {
  principal: Principal;
  /** The meeting whose agenda builder offers the item. */
  councilId: string;
  meetingId: string;
  /** The postponed item and the meeting it was postponed at. */
  fromMeetingId: string;
  fromItemId: string;
  /** The item's ETag as the offer gave it. */
  etag: string;
  reason: string;
}

/**
 * The secretary decides an offered postponed item will not be taken up: the
 * item (at its own meeting) keeps who dropped it, when and why, and no agenda
 * offers it again.
 */
export async function dropPostponedItem(deps: AppDeps, input: DropPostponedItemInput): Promise<AgendaView> {
  const { principal } = input;
  const ctx = await loadAgendaScope(deps, input);
  const meeting = ctx.meeting.value;
  assertAgendaEditable(meeting);
  const { work, others } = await agendaWithOthers(deps, meeting);
  const offers = postponedOffers({ meeting, items: work.item.map((r) => r.value) }, others);
  const offer = findOffer(offers, input.fromItemId, input.fromMeetingId);
  const dropped = dropPostponed(offer.row.value, {
    by: principal.aadObjectId,
    at: deps.clock().toISOString(),
    reason: input.reason,
  });
  await deps.work.update(input.councilId, 'item', dropped, input.etag);
  return agendaViewOf(deps, ctx);
}
