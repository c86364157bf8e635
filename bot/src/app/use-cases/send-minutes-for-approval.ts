import { minutesForApprovalCard } from '../../cards/minutes-card';
import { channelPostCanBeTried, type ChannelOutcome, type ChannelPostState } from '../../domain/agenda-publication';
import { ConcurrentEdit } from '../../domain/errors';
import { markSentForApproval } from '../../domain/minutes-approval';
import type { MeetingMinutes } from '../../domain/minutes';
import { minutesLinks } from '../../domain/tab-links';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { loadMinutes } from './load-minutes';

export interface SendMinutesForApprovalInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
}

/**
 * "Send til godkjenning": a flag on the draft (members can read it from now
 * on) and one card in the council channel with a link into the tab. The card
 * goes the way the notice does: the minutes row is claimed as `sending` with
 * its ETag before the post and the outcome stored after it, so a repeat (a
 * double click, a retry after a failure) never posts a second card once one
 * went out. This post is the "minutes ready for approval" message.
 */
export async function sendMinutesForApproval(deps: AppDeps, input: SendMinutesForApprovalInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'manage', action: 'send the minutes for approval' });
  requireSameVersion(scope.minutes, input.ifMatch, 'minutes');
  const council = scope.council.value;
  const marked = markSentForApproval(scope.minutes.value, scope.meeting.value, scope.me.aadObjectId, scope.now);
  const sent = marked.sentForApproval!;
  let outcome: ChannelOutcome;
  if (!channelPostCanBeTried(sent.channelPost, scope.now)) {
    outcome = sent.channelPost.state === 'sent' ? 'alreadySent' : 'inProgress';
  } else if (council.teamId === undefined) {
    await mark(deps, input.councilId, { value: marked, etag: input.ifMatch }, 'noChannel', scope.now);
    outcome = 'noChannel';
  } else {
    let claimed: Versioned<MeetingMinutes>;
    try {
      claimed = await mark(deps, input.councilId, { value: marked, etag: input.ifMatch }, 'sending', scope.now);
    } catch (error) {
      if (error instanceof ConcurrentEdit) return { ...(await loadMinutes(deps, input)), channel: 'inProgress' };
      throw error;
    }
    const links = minutesLinks(deps.tabLinks(), input.meetingId, council.name);
    const message = minutesForApprovalCard(council, scope.meeting.value, links, new Date(sent.at));
    try {
      const result = await deps.messenger.postToChannel(council.tenantId, council.teamId, message);
      outcome = result === 'sent' ? 'sent' : 'unreachable';
    } catch {
      // The draft stays sent for approval; the secretary is told the post failed and may press again.
      outcome = 'failed';
    }
    const state: ChannelPostState = outcome === 'sent' ? 'sent' : outcome === 'unreachable' ? 'unreachable' : 'failed';
    await mark(deps, input.councilId, claimed, state, deps.clock());
  }
  return { ...(await loadMinutes(deps, input)), channel: outcome };
}

async function mark(
  deps: AppDeps,
  councilId: string,
  row: Versioned<MeetingMinutes>,
  state: ChannelPostState,
  at: Date,
): Promise<Versioned<MeetingMinutes>> {
  const sent = row.value.sentForApproval!;
  const value: MeetingMinutes = { ...row.value, sentForApproval: { ...sent, channelPost: { state, at: at.toISOString() } } };
  return deps.work.update(councilId, 'minutes', value, row.etag);
}
