import { publishAgendaChanges } from '../../app/use-cases/publish-agenda-changes';
import { publishNotice } from '../../app/use-cases/publish-notice';
import { retryChannelPost } from '../../app/use-cases/retry-channel-post';
import { viewPublication } from '../../app/use-cases/view-publication';
import { handle, meetingParams, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { AgendaChangesResponse, ChannelPostResponse, NoticeResponse, PublicationStatus } from '../../contracts/publishing';

/**
 * Publishing a meeting (secretary and chair; members get 403): its state, the
 * notice ("Lås og send innkalling"), later agenda changes, and another try at
 * a channel post that failed. Every action needs the meeting's ETag as If-Match.
 */
export function registerPublishRoutes(ctx: RouteContext): void {
  const base = '/api/councils/:councilId/meetings/:meetingId';

  ctx.server.get(
    `${base}/publication`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return viewPublication(ctx.deps, { principal, councilId, meetingId }) satisfies Promise<PublicationStatus>;
    }),
  );

  ctx.server.post(
    `${base}/notice`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const result = await publishNotice(ctx.deps, { principal, councilId, meetingId, ifMatch: requireIfMatch(req) });
      logFailure(ctx, result, { councilId, meetingId, revision: 0 });
      return {
        meeting: result.meeting,
        etag: result.etag,
        publication: result.publication,
        channel: result.channel,
      } satisfies NoticeResponse;
    }),
  );

  ctx.server.post(
    `${base}/agenda-changes`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const result = await publishAgendaChanges(ctx.deps, { principal, councilId, meetingId, ifMatch: requireIfMatch(req) });
      logFailure(ctx, result, { councilId, meetingId, revision: result.publication.revision });
      return {
        publication: result.publication,
        changes: result.changes,
        channel: result.channel,
      } satisfies AgendaChangesResponse;
    }),
  );

  ctx.server.post(
    `${base}/channel-post`,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const result = await retryChannelPost(ctx.deps, { principal, councilId, meetingId, ifMatch: requireIfMatch(req) });
      logFailure(ctx, result, { councilId, meetingId, revision: result.publication.value.revision });
      return { publication: result.publication.value, channel: result.outcome } satisfies ChannelPostResponse;
    }),
  );
}

/** The secretary is told a post failed; the reason goes to the log, not to the tab. */
function logFailure(ctx: RouteContext, result: { failure?: string }, where: Record<string, string | number>): void {
  if (result.failure !== undefined) ctx.log.warn('channel post failed', { ...where, reason: result.failure });
}
