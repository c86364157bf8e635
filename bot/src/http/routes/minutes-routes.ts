import { amendMinutes } from '../../app/use-cases/amend-minutes';
import { approveMinutes } from '../../app/use-cases/approve-minutes';
import { archiveDueMeetings } from '../../app/use-cases/archive-due-meetings';
import { correctActualAttendance } from '../../app/use-cases/correct-attendance';
import { holdMeeting } from '../../app/use-cases/hold-meeting';
import { loadMinutes } from '../../app/use-cases/load-minutes';
import { nameMinuteTaker } from '../../app/use-cases/name-minute-taker';
import { saveMinutesItem } from '../../app/use-cases/save-minutes-item';
import { sendMinutesForApproval } from '../../app/use-cases/send-minutes-for-approval';
import type { SavedMeeting } from '../../contracts/meetings';
import type { MinutesReply } from '../../contracts/minutes';
import { idSchema } from '../../schemas/domain-schemas';
import {
  amendMinutesSchema,
  approveMinutesSchema,
  attendanceCorrectionsSchema,
  holdMeetingSchema,
  minutesItemFieldsSchema,
  minuteTakerSchema,
} from '../../schemas/minutes-requests';
import { councilParams, handle, meetingParams, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';

const meeting = '/api/councils/:councilId/meetings/:meetingId';
const base = `${meeting}/minutes`;
const itemParams = { ...meetingParams, itemId: idSchema };

/** Holding the meeting and its minutes: read (members, once sent), write (writers), send, approve, amend (secretary and chair). */
export function registerMinutesRoutes(ctx: RouteContext): void {
  ctx.server.post(
    `${meeting}/hold`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const ifMatch = requireIfMatch(req);
      const { noticeSentElsewhere } = parseBody(holdMeetingSchema, req);
      return (await holdMeeting(ctx.deps, {
        principal,
        councilId,
        meetingId,
        ifMatch,
        noticeSentElsewhere,
      })) satisfies SavedMeeting;
    }),
  );

  ctx.server.get(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return (await loadMinutes(ctx.deps, { principal, councilId, meetingId })) satisfies MinutesReply;
    }),
  );

  ctx.server.put(
    `${base}/attendance`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const ifMatch = requireIfMatch(req);
      const { corrections } = parseBody(attendanceCorrectionsSchema, req);
      return (await correctActualAttendance(ctx.deps, {
        principal,
        councilId,
        meetingId,
        ifMatch,
        corrections,
      })) satisfies MinutesReply;
    }),
  );

  ctx.server.put(
    `${base}/minute-taker`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const ifMatch = requireIfMatch(req);
      const { minuteTakerId } = parseBody(minuteTakerSchema, req);
      return (await nameMinuteTaker(ctx.deps, {
        principal,
        councilId,
        meetingId,
        ifMatch,
        minuteTakerId: minuteTakerId ?? undefined,
      })) satisfies MinutesReply;
    }),
  );

  ctx.server.put(
    `${base}/items/:itemId`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, itemId } = parseParams(itemParams, req);
      const ifMatch = requireIfMatch(req);
      const fields = parseBody(minutesItemFieldsSchema, req);
      return (await saveMinutesItem(ctx.deps, {
        principal,
        councilId,
        meetingId,
        itemId,
        ifMatch,
        fields,
      })) satisfies MinutesReply;
    }),
  );

  ctx.server.post(
    `${base}/send-for-approval`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const ifMatch = requireIfMatch(req);
      return (await sendMinutesForApproval(ctx.deps, { principal, councilId, meetingId, ifMatch })) satisfies MinutesReply;
    }),
  );

  ctx.server.post(
    `${base}/approve`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const ifMatch = requireIfMatch(req);
      const { corrections } = parseBody(approveMinutesSchema, req);
      return (await approveMinutes(ctx.deps, {
        principal,
        councilId,
        meetingId,
        ifMatch,
        ...(corrections !== undefined && { corrections }),
      })) satisfies MinutesReply;
    }),
  );

  ctx.server.post(
    `${base}/items/:itemId/amend`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId, itemId } = parseParams(itemParams, req);
      const ifMatch = requireIfMatch(req);
      const body = parseBody(amendMinutesSchema, req);
      return (await amendMinutes(ctx.deps, { principal, councilId, meetingId, itemId, ifMatch, ...body })) satisfies MinutesReply;
    }),
  );

  ctx.server.post(
    '/api/councils/:councilId/archive-due-meetings',
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      return archiveDueMeetings(ctx.deps, { principal, councilId });
    }),
  );
}
