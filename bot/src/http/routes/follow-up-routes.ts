import { createFollowUp } from '../../app/use-cases/create-follow-up';
import { listOpenFollowUps } from '../../app/use-cases/list-open-follow-ups';
import { markFollowUpDoneFor } from '../../app/use-cases/mark-follow-up-done';
import type { FollowUpReply, FollowUpsReply } from '../../contracts/follow-ups';
import { followUpDoneSchema, newFollowUpSchema } from '../../schemas/follow-up-bodies';
import { idSchema } from '../../schemas/domain-schemas';
import {
  answer,
  councilParams,
  handle,
  meetingParams,
  parseBody,
  parseParams,
  requireIfMatch,
  type RouteContext,
} from '../route-kit';

const followUpParams = { ...councilParams, followUpId: idSchema };

/** Follow-ups (oppfølging): written down at a meeting, listed while open, marked done with a note. */
export function registerFollowUpRoutes(ctx: RouteContext): void {
  ctx.server.get(
    '/api/councils/:councilId/follow-ups',
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      return { followUps: await listOpenFollowUps(ctx.deps, { principal, councilId }) } satisfies FollowUpsReply;
    }),
  );

  ctx.server.post(
    '/api/councils/:councilId/meetings/:meetingId/follow-ups',
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const { id, itemId, ...fields } = parseBody(newFollowUpSchema, req);
      const { entry, created } = await createFollowUp(ctx.deps, {
        principal,
        councilId,
        meetingId,
        followUpId: id,
        fields: { ...fields, ...(itemId !== undefined && { itemId }) },
      });
      return answer(created ? 201 : 200, { entry } satisfies FollowUpReply);
    }),
  );

  ctx.server.post(
    '/api/councils/:councilId/follow-ups/:followUpId/done',
    handle(ctx, async (req, principal) => {
      const { councilId, followUpId } = parseParams(followUpParams, req);
      const etag = requireIfMatch(req);
      const { note } = parseBody(followUpDoneSchema, req);
      const { entry } = await markFollowUpDoneFor(ctx.deps, { principal, councilId, followUpId, note, etag });
      return { entry } satisfies FollowUpReply;
    }),
  );
}
