import { cancelMeeting } from '../../app/use-cases/cancel-meeting';
import { createMeeting } from '../../app/use-cases/create-meeting';
import { getMeeting } from '../../app/use-cases/get-meeting';
import { updateMeeting } from '../../app/use-cases/update-meeting';
import { cancelMeetingSchema, createMeetingSchema, updateMeetingSchema } from '../../schemas/meeting-bodies';
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
import type { SavedMeeting } from '../../contracts/meetings';

/**
 * Planning meetings: create, read one with its ETag, edit, cancel. The list of
 * a council's meetings is in meeting-package-routes.ts.
 */
export function registerMeetingRoutes(ctx: RouteContext): void {
  const base = '/api/councils/:councilId/meetings';

  ctx.server.post(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      const body = parseBody(createMeetingSchema, req);
      const { meeting, created } = await createMeeting(ctx.deps, { principal, councilId, request: body });
      return answer(created ? 201 : 200, { meeting: meeting.value, etag: meeting.etag } satisfies SavedMeeting);
    }),
  );

  ctx.server.get(
    `${base}/:meetingId`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const meeting = await getMeeting(ctx.deps, { principal, councilId, meetingId });
      return { meeting: meeting.value, etag: meeting.etag } satisfies SavedMeeting;
    }),
  );

  ctx.server.put(
    `${base}/:meetingId`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const etag = requireIfMatch(req);
      const body = parseBody(updateMeetingSchema, req);
      const meeting = await updateMeeting(ctx.deps, { principal, councilId, meetingId, changes: body, etag });
      return { meeting: meeting.value, etag: meeting.etag } satisfies SavedMeeting;
    }),
  );

  ctx.server.post(
    `${base}/:meetingId/cancel`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const etag = requireIfMatch(req);
      const { reason } = parseBody(cancelMeetingSchema, req);
      const meeting = await cancelMeeting(ctx.deps, { principal, councilId, meetingId, reason, etag });
      return { meeting: meeting.value, etag: meeting.etag } satisfies SavedMeeting;
    }),
  );
}
