import { z } from 'zod';
import { closeInputRequest } from '../../app/use-cases/close-input-request';
import { createInputRequest } from '../../app/use-cases/create-input-request';
import { listInputAnswers } from '../../app/use-cases/list-input-answers';
import { updateInputRequest } from '../../app/use-cases/update-input-request';
import { idSchema } from '../../schemas/domain-schemas';
import { createInputRequestSchema, inputRequestDraftSchema, toDraft } from '../../schemas/input-request-bodies';
import { answer, handle, meetingParams, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { ClosedInputRequestResponse, InputRequestsResponse, SavedInputRequestResponse } from '../../contracts/inputs';

const requestParams = { ...meetingParams, requestId: idSchema };
const base = '/api/councils/:councilId/meetings/:meetingId/input-requests';

/** Skriftlige innspill: members read (input privacy applies); the secretary and chair create, change and close. */
export function registerInputRequestRoutes(ctx: RouteContext): void {
  ctx.server.get(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return listInputAnswers(ctx.deps, { principal, councilId, meetingId }) satisfies Promise<InputRequestsResponse>;
    }),
  );

  ctx.server.post(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const body = parseBody(createInputRequestSchema, req);
      const { created, ...saved } = await createInputRequest(ctx.deps, {
        principal,
        councilId,
        meetingId,
        id: body.id,
        draft: toDraft(body),
      });
      // A retried create (same id) answers 200 with what the first one stored.
      return answer(created ? 201 : 200, saved satisfies SavedInputRequestResponse);
    }),
  );

  ctx.server.put(
    `${base}/:requestId`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, requestId } = parseParams(requestParams, req);
      const etag = requireIfMatch(req);
      const body = parseBody(inputRequestDraftSchema, req);
      return updateInputRequest(ctx.deps, {
        principal,
        councilId,
        meetingId,
        requestId,
        draft: toDraft(body),
        etag,
      }) satisfies Promise<SavedInputRequestResponse>;
    }),
  );

  ctx.server.post(
    `${base}/:requestId/close`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, requestId } = parseParams(requestParams, req);
      const etag = requireIfMatch(req);
      parseBody(z.strictObject({}), req);
      return closeInputRequest(ctx.deps, {
        principal,
        councilId,
        meetingId,
        requestId,
        etag,
      }) satisfies Promise<ClosedInputRequestResponse>;
    }),
  );
}
