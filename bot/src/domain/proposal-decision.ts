import type { AgendaItem } from './agenda';
import { isAllowedAttachmentUrl } from './attachments';
import { IllegalTransition, InvalidValue } from './errors';
import { LIMITS } from './limits';
import type { Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';
import type { AgendaProposal, DecisionAction, ProposalDecision, ProposalRef, ProposalStatus } from './proposal';

/** The status a proposal gets from each decision. */
export const STATUS_AFTER: Readonly<Record<DecisionAction, ProposalStatus>> = {
  accept: 'accepted',
  defer: 'deferred',
  merge: 'merged',
  decline: 'declined',
};

/** A proposal is decided once; changing the outcome afterwards is a new agenda edit, not a second decision. */
export class ProposalAlreadyDecided extends IllegalTransition {
  constructor(from: ProposalStatus, to: ProposalStatus) {
    super(from, to);
    this.message = `The proposal is already ${from}; it cannot become ${to}`;
  }
}

/** Whether a request is the repeat of the decision already stored (a retry), by the client's decision id. */
export function isRepeatOf(proposal: AgendaProposal, decisionId: string): boolean {
  return proposal.decision?.id === decisionId;
}

/**
 * The proposal with the secretary's decision. Declining and merging need a
 * reason, because the proposer is told why; deferring and accepting may give one.
 */
export function decideProposal(proposal: AgendaProposal, decision: ProposalDecision, reason: string | undefined): AgendaProposal {
  const status = STATUS_AFTER[decision.action];
  if (proposal.status !== 'pending') throw new ProposalAlreadyDecided(proposal.status, status);
  const given = reason?.trim() ?? '';
  if ((decision.action === 'decline' || decision.action === 'merge') && given === '') {
    throw new InvalidValue('reason', { problem: 'required' });
  }
  const { decisionReason: _reason, proposerNotified: _notified, decision: _decision, ...rest } = proposal;
  return { ...rest, status, decision, ...(given !== '' && { decisionReason: given }) };
}

/**
 * The agenda item an accepted proposal becomes: its title, description and
 * kind, the presenter as responsible, the link as an attachment (https only;
 * an http link stays readable in the description instead).
 */
export function itemFromProposal(proposal: AgendaProposal, target: { id: string; order: number }): AgendaItem {
  const link = proposal.link;
  const asAttachment = link !== undefined && isAllowedAttachmentUrl(link);
  let description = proposal.description;
  if (link !== undefined && !asAttachment) {
    const withLink = description ? `${description}\n\n${link}` : link;
    if (withLink.length <= LIMITS.description) description = withLink;
  }
  return {
    id: target.id,
    meetingId: proposal.meetingId,
    order: target.order,
    title: proposal.title,
    kind: proposal.kind,
    fromProposalId: proposal.id,
    ...(proposal.presenter !== undefined && { responsible: proposal.presenter }),
    ...(description !== undefined && { description }),
    ...(asAttachment && { attachments: [{ title: proposal.title, url: link }] }),
  };
}

/** Later meetings of the council a proposal can be deferred to: still open, not started, earliest first. */
export function deferTargets(meetings: readonly Meeting[], from: Meeting, now: Date): Meeting[] {
  return meetings
    .filter(
      (m) =>
        m.id !== from.id &&
        isOpenForMembers(m.status) &&
        Date.parse(m.startsAt) > Date.parse(from.startsAt) &&
        Date.parse(m.startsAt) > now.getTime(),
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

export function requireDeferTarget(meetings: readonly Meeting[], from: Meeting, toMeetingId: string, now: Date): Meeting {
  const target = deferTargets(meetings, from, now).find((m) => m.id === toMeetingId);
  if (!target)
    throw new InvalidValue('toMeetingId', { problem: 'notLaterOpenMeeting' }, 'choose one of the council’s later, open meetings');
  return target;
}

/** The pending copy a deferral puts in the later meeting, with a reference back. Proposer and date stay. */
export function deferredCopy(proposal: AgendaProposal, to: ProposalRef): AgendaProposal {
  return {
    id: to.proposalId,
    meetingId: to.meetingId,
    proposerId: proposal.proposerId,
    title: proposal.title,
    kind: proposal.kind,
    status: 'pending',
    createdAt: proposal.createdAt,
    deferredFrom: { meetingId: proposal.meetingId, proposalId: proposal.id },
    ...(proposal.description !== undefined && { description: proposal.description }),
    ...(proposal.presenter !== undefined && { presenter: proposal.presenter }),
    ...(proposal.link !== undefined && { link: proposal.link }),
  };
}

/** The item a proposal is merged into must be on the agenda. */
export function requireMergeTarget(items: readonly AgendaItem[], itemId: string): AgendaItem {
  const item = items.find((i) => i.id === itemId && i.removedAt === undefined);
  if (!item) throw new InvalidValue('itemId', { problem: 'notOnAgenda' }, 'choose an item on the agenda');
  return item;
}
