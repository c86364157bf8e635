import { proposalDecisionMessage } from '../../cards/proposal-decision-card';
import { meetingTimeText } from '../../cards/meeting-format';
import { itemHeading } from '../../domain/agenda';
import { ConcurrentEdit } from '../../domain/errors';
import type { AgendaProposal, NoticeResult } from '../../domain/proposal';
import type { DecisionNotification } from '../../domain/proposal-inbox';
import type { AppDeps } from '../deps';
import { membersOf, type MeetingScope } from '../scope/request-scope';
import type { Versioned } from '../ports';

export interface NotifyOutcome {
  proposal: Versioned<AgendaProposal>;
  notification: DecisionNotification;
  /** Why sending failed, for the log. */
  failure?: unknown;
}

/** One claim per decision: a retried request, or two racing, tell the proposer once. */
export function noticeClaimKey(councilId: string, proposal: AgendaProposal, decisionId: string): string {
  return `proposal-decision|${councilId}|${proposal.meetingId}|${proposal.id}|${decisionId}`;
}

/**
 * Tells the proposer 1:1, in their language, what was decided and why, and
 * records the result on the proposal. The decision is already stored; a
 * proposer the bot cannot reach ('unreachable') does not undo it.
 */
export async function notifyProposer(
  deps: AppDeps,
  ctx: MeetingScope,
  stored: Versioned<AgendaProposal>,
): Promise<NotifyOutcome> {
  const proposal = stored.value;
  const decision = proposal.decision;
  if (!decision) throw new Error(`proposal ${proposal.id} has no decision to tell`);
  if (proposal.proposerNotified) return { proposal: stored, notification: proposal.proposerNotified.result };

  const key = noticeClaimKey(ctx.council.value.id, proposal, decision.id);
  if (!(await deps.handledActivities.claim(key, ctx.now.toISOString())).claimed)
    return { proposal: stored, notification: 'pending' };

  let result: NoticeResult;
  try {
    const message = await decisionMessage(deps, ctx, proposal);
    result = await deps.messenger.sendToMember(ctx.council.value.tenantId, proposal.proposerId, message);
  } catch (failure) {
    // Nothing was delivered: give the claim back so retrying the same decision tries again.
    await deps.handledActivities.release(key);
    return { proposal: stored, notification: 'failed', failure };
  }
  return { proposal: await recordNotice(deps, ctx, stored, result), notification: result };
}

async function decisionMessage(deps: AppDeps, ctx: MeetingScope, proposal: AgendaProposal) {
  const { meeting } = ctx;
  const council = ctx.council.value;
  const roster = membersOf(ctx);
  const decision = proposal.decision!;
  const proposer = roster.find((m) => m.aadObjectId === proposal.proposerId);
  const language = proposer?.language ?? council.language;
  let newMeetingTime: string | undefined;
  if (decision.deferredTo) {
    const target = await deps.meetings.get(council.id, decision.deferredTo.meetingId);
    if (target) newMeetingTime = meetingTimeText(target.value, council, language);
  }
  let mergedIntoTitle: string | undefined;
  if (decision.action === 'merge' && decision.agendaItemId) {
    const item = await deps.work.get(council.id, proposal.meetingId, 'item', decision.agendaItemId);
    if (item) mergedIntoTitle = itemHeading(item.value);
  }
  return proposalDecisionMessage({
    language,
    action: decision.action,
    councilName: council.name,
    proposalTitle: proposal.title,
    meetingTime: meetingTimeText(meeting.value, council, language),
    reason: proposal.decisionReason,
    newMeetingTime,
    mergedIntoTitle,
    decidedByName: roster.find((m) => m.aadObjectId === decision.decidedBy)?.name,
  });
}

/** Writes the delivery result onto the proposal; the row may have moved on meanwhile, so re-read on a conflict. */
async function recordNotice(
  deps: AppDeps,
  ctx: MeetingScope,
  stored: Versioned<AgendaProposal>,
  result: NoticeResult,
): Promise<Versioned<AgendaProposal>> {
  let current = stored;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await deps.work.update(
        ctx.council.value.id,
        'proposal',
        { ...current.value, proposerNotified: { result, at: ctx.now.toISOString() } },
        current.etag,
      );
    } catch (error) {
      if (!(error instanceof ConcurrentEdit) || attempt >= 2) throw error;
      const fresh = await deps.work.get(ctx.council.value.id, current.value.meetingId, 'proposal', current.value.id);
      if (!fresh) throw error;
      current = fresh;
    }
  }
}
