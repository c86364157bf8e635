import { addAgendaItem } from '../../app/use-cases/add-agenda-item';
import { addPostponedItem } from '../../app/use-cases/add-postponed-item';
import { dropPostponedItem } from '../../app/use-cases/drop-postponed-item';
import { addStandardItems } from '../../app/use-cases/add-standard-items';
import { loadAgenda } from '../../app/use-cases/load-agenda';
import { markItemPostponed } from '../../app/use-cases/mark-item-postponed';
import { removeAgendaItem } from '../../app/use-cases/remove-agenda-item';
import { reorderAgenda } from '../../app/use-cases/reorder-agenda';
import { updateAgendaItem } from '../../app/use-cases/update-agenda-item';
import type { AgendaView } from '../../domain/agenda-view';
import {
  agendaItemFieldsSchema,
  agendaOrderSchema,
  newAgendaItemSchema,
  postponedDropSchema,
  postponedItemSchema,
  postponedMarkSchema,
} from '../../schemas/agenda-requests';
import { idSchema } from '../../schemas/domain-schemas';
import { answer, handle, meetingParams, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { AgendaReply } from '../../contracts/agenda';

const base = '/api/councils/:councilId/meetings/:meetingId/agenda';
const itemParams = { ...meetingParams, itemId: idSchema };
const droppedParams = { ...meetingParams, fromMeetingId: idSchema, fromItemId: idSchema };

/** Every answer carries the whole agenda afresh (new ETags, attachment numbers); single-item changes add that item. */
function withItem(agenda: AgendaView, itemId: string): AgendaReply {
  const entry = agenda.items.find((e) => e.item.id === itemId);
  return { agenda, ...(entry && { item: entry.item, etag: entry.etag }) };
}

/** The agenda builder (secretary and chair): add, edit, reorder, remove items; standard and postponed items. */
export function registerAgendaRoutes(ctx: RouteContext): void {
  ctx.server.get(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return { agenda: await loadAgenda(ctx.deps, { principal, councilId, meetingId }) } satisfies AgendaReply;
    }),
  );

  ctx.server.post(
    `${base}/items`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const { id, ...fields } = parseBody(newAgendaItemSchema, req);
      const { view, created } = await addAgendaItem(ctx.deps, { principal, councilId, meetingId, itemId: id, fields });
      return answer(created ? 201 : 200, withItem(view, id));
    }),
  );

  ctx.server.put(
    `${base}/items/:itemId`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, itemId } = parseParams(itemParams, req);
      const etag = requireIfMatch(req);
      const fields = parseBody(agendaItemFieldsSchema, req);
      const view = await updateAgendaItem(ctx.deps, { principal, councilId, meetingId, itemId, etag, fields });
      return withItem(view, itemId);
    }),
  );

  // A POST, not DELETE: the row is kept (marked removed), and restify's body parser refuses a bodiless DELETE from fetch (415).
  ctx.server.post(
    `${base}/items/:itemId/remove`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, itemId } = parseParams(itemParams, req);
      const etag = requireIfMatch(req);
      return {
        agenda: await removeAgendaItem(ctx.deps, { principal, councilId, meetingId, itemId, etag }),
      } satisfies AgendaReply;
    }),
  );

  ctx.server.put(
    `${base}/order`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const { items } = parseBody(agendaOrderSchema, req);
      return { agenda: await reorderAgenda(ctx.deps, { principal, councilId, meetingId, items }) } satisfies AgendaReply;
    }),
  );

  ctx.server.post(
    `${base}/standard-items`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return { agenda: await addStandardItems(ctx.deps, { principal, councilId, meetingId }) } satisfies AgendaReply;
    }),
  );

  ctx.server.post(
    `${base}/postponed-items`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const { id, fromItemId, fromMeetingId } = parseBody(postponedItemSchema, req);
      const { view, created } = await addPostponedItem(ctx.deps, {
        principal,
        councilId,
        meetingId,
        fromItemId,
        itemId: id,
        ...(fromMeetingId !== undefined && { fromMeetingId }),
      });
      return answer(created ? 201 : 200, withItem(view, id));
    }),
  );

  // The offer is dropped from this meeting's builder; the ETag is the postponed item's, at its own meeting.
  ctx.server.post(
    `${base}/postponed-items/:fromMeetingId/:fromItemId/dropped`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, fromMeetingId, fromItemId } = parseParams(droppedParams, req);
      const etag = requireIfMatch(req);
      const { reason } = parseBody(postponedDropSchema, req);
      const agenda = await dropPostponedItem(ctx.deps, {
        principal,
        councilId,
        meetingId,
        fromMeetingId,
        fromItemId,
        etag,
        reason,
      });
      return { agenda } satisfies AgendaReply;
    }),
  );

  ctx.server.put(
    `${base}/items/:itemId/postponed`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, itemId } = parseParams(itemParams, req);
      const etag = requireIfMatch(req);
      const { postponed } = parseBody(postponedMarkSchema, req);
      const view = await markItemPostponed(ctx.deps, { principal, councilId, meetingId, itemId, etag, postponed });
      return withItem(view, itemId);
    }),
  );
}
