import { agendaChangesCardFor, noticeCardFor } from '../../cards/notice-card';
import { comparePublications } from '../../domain/agenda-changes';
import {
  channelPostCanBeTried,
  type AgendaPublication,
  type ChannelOutcome,
  type ChannelPostState,
} from '../../domain/agenda-publication';
import type { Council } from '../../domain/council';
import { ConcurrentEdit } from '../../domain/errors';
import { packageLinks } from '../../domain/tab-links';
import type { AppDeps } from '../deps';
import type { Versioned } from '../ports';

export interface PostResult {
  outcome: ChannelOutcome;
  publication: Versioned<AgendaPublication>;
  /** Why a post failed, for the log (not for members). */
  failure?: string;
}

/**
 * Posts one revision to the council's channel, at most once: the row is
 * claimed as `sending` with its ETag before the post (a concurrent retry loses
 * the claim), and the outcome is stored after it. The card is built from the
 * stored snapshot, so a retry posts what the first attempt would have.
 * `baseline` is the last revision that reached the channel: a later revision
 * posts the changes since then; with none, the whole notice is posted.
 */
export async function postPublication(
  deps: AppDeps,
  council: Council,
  row: Versioned<AgendaPublication>,
  baseline: AgendaPublication | undefined,
): Promise<PostResult> {
  const now = deps.clock();
  const post = row.value.channelPost;
  if (!channelPostCanBeTried(post, now)) {
    return { outcome: post.state === 'sent' ? 'alreadySent' : 'inProgress', publication: row };
  }
  if (council.teamId === undefined) {
    return { outcome: 'noChannel', publication: await mark(deps, council, row, 'noChannel', now) };
  }

  let claimed: Versioned<AgendaPublication>;
  try {
    claimed = await mark(deps, council, row, 'sending', now);
  } catch (error) {
    if (error instanceof ConcurrentEdit) return { outcome: 'inProgress', publication: row };
    throw error;
  }

  const links = packageLinks(deps.tabLinks(), row.value.meetingId, council.name);
  const message =
    baseline === undefined
      ? noticeCardFor(council, row.value, links)
      : agendaChangesCardFor(council, row.value, comparePublications(baseline, row.value), links);

  let outcome: ChannelOutcome;
  let failure: string | undefined;
  try {
    outcome = (await deps.messenger.postToChannel(council.tenantId, council.teamId, message)) === 'sent' ? 'sent' : 'unreachable';
  } catch (error) {
    // The publication itself stands; the secretary is told the post failed and can try again.
    outcome = 'failed';
    failure = error instanceof Error ? error.message : String(error);
  }
  const state: ChannelPostState = outcome === 'sent' ? 'sent' : outcome === 'unreachable' ? 'unreachable' : 'failed';
  const stored = await mark(deps, council, claimed, state, deps.clock());
  return failure === undefined ? { outcome, publication: stored } : { outcome, publication: stored, failure };
}

async function mark(
  deps: AppDeps,
  council: Council,
  row: Versioned<AgendaPublication>,
  state: ChannelPostState,
  at: Date,
): Promise<Versioned<AgendaPublication>> {
  return deps.work.update(council.id, 'publication', { ...row.value, channelPost: { state, at: at.toISOString() } }, row.etag);
}
