import { orderAgenda, type AgendaItem } from '../../domain/agenda';
import { buildPublication, type AgendaPublication, type ChannelOutcome } from '../../domain/agenda-publication';
import { IllegalTransition, InvalidValue } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import { assertTransition, type MeetingStatus } from '../../domain/meeting-status';
import type { AppDeps } from '../deps';
import { numberNewItems } from '../support/number-new-items';
import type { WorkChange } from '../ports';
import { postPublication } from '../support/post-publication';
import { requireSameVersion } from '../scope/require-same-version';
import { loadPublishingScope, type PublishRequest } from '../support/publishing-scope';

export interface PublishNoticeResult {
  meeting: Meeting;
  /** The meeting's new ETag (for the next If-Match). */
  etag: string;
  publication: AgendaPublication;
  channel: ChannelOutcome;
  /** Why the channel post failed, for the log. */
  failure?: string;
}

/** States from which the notice can go out, and the lifecycle steps to noticeSent from each. */
const PATH_TO_NOTICE: Partial<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ['collecting', 'noticeSent'],
  collecting: ['noticeSent'],
};

export type PublishNoticeInput = PublishRequest;

/**
 * "Lås og send innkalling": numbers every item (the standard first item and
 * Eventuelt included, in agenda order), stores the agenda as published, moves
 * the meeting to noticeSent and posts the notice in the council's channel.
 *
 * Order, so that nothing ends half-published unnoticed:
 * 1. numbers + the published snapshot, in one transaction of the meeting's partition;
 * 2. the meeting → noticeSent, conditional on the If-Match the secretary sent
 *    (the commit point; a stale ETag stops here with 412, and a repeat starts
 *    again from 1 keeping the numbers already given);
 * 3. the channel post, at most once per revision (see postPublication). If it
 *    fails the notice is still published, the result says so, and the tab
 *    offers to try the post again.
 * A repeat of a request that got through step 2 is refused (409): the card is not posted twice.
 */
export async function publishNotice(deps: AppDeps, input: PublishNoticeInput): Promise<PublishNoticeResult> {
  const { councilId, meetingId, ifMatch } = input;
  const ctx = await loadPublishingScope(deps, input, 'publish the notice');
  const { meeting, work, now } = ctx;
  const council = ctx.council.value;
  const path = PATH_TO_NOTICE[meeting.value.status];
  if (!path) throw new IllegalTransition(meeting.value.status, 'noticeSent');
  requireSameVersion(meeting, ifMatch, 'meeting');
  if (orderAgenda(work.item.map((r) => r.value)).length === 0) {
    throw new InvalidValue('agenda', { problem: 'nothingToPublish' }, 'the agenda has no items to publish');
  }

  // A notice row is left behind only by an attempt that stopped before step 2: it is replaced.
  const earlier = work.publication.find((r) => r.value.revision === 0);
  const snapshotOf = (agenda: AgendaItem[]): WorkChange<'publication'> => {
    const publication = buildPublication(meeting.value, agenda, 0, ctx.me.aadObjectId, now);
    return earlier
      ? { op: 'update', kind: 'publication', value: publication, etag: earlier.etag }
      : { op: 'create', kind: 'publication', value: publication };
  };
  const numbered = await numberNewItems(deps, council, meeting.value, work.item, (agenda) => [snapshotOf(agenda)]);
  const applied = await deps.work.apply(councilId, meetingId, [...numbered.updates, snapshotOf(numbered.agenda)]);
  const notice = applied.find((row) => row.kind === 'publication');
  if (notice?.kind !== 'publication') throw new Error(`the batch for ${meetingId} did not answer with its notice`);

  let status = meeting.value.status;
  for (const next of path) {
    assertTransition(status, next);
    status = next;
  }
  const published = await deps.meetings.update(
    { ...meeting.value, status, agendaLockedAt: meeting.value.agendaLockedAt ?? now.toISOString() },
    ifMatch,
  );

  const post = await postPublication(deps, council, { value: notice.value, etag: notice.etag }, undefined);
  return {
    meeting: published.value,
    etag: published.etag,
    publication: post.publication.value,
    channel: post.outcome,
    ...(post.failure !== undefined ? { failure: post.failure } : {}),
  };
}
