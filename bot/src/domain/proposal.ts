import type { Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';
import type { ItemKind } from './agenda';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'deferred', 'merged', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Saksforslag: a member's proposal for the agenda, triaged by the secretary. */
export interface AgendaProposal {
  id: string;
  meetingId: string;
  proposerId: string;
  title: string;
  description?: string;
  kind: ItemKind;
  presenter?: string;
  link?: string;
  status: ProposalStatus;
  /** Why it was deferred, merged or declined; the proposer sees it. */
  decisionReason?: string;
  createdAt: string;
  /** The secretary's decision (absent while pending). */
  decision?: ProposalDecision;
  /** Set on the copy a deferral puts in the later meeting: where it came from. */
  deferredFrom?: ProposalRef;
  /** Whether the proposer was told of the decision (absent until the bot has tried). */
  proposerNotified?: { result: NoticeResult; at: string };
}

export const DECISION_ACTIONS = ['accept', 'defer', 'merge', 'decline'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** A proposal in some meeting's partition. */
export interface ProposalRef {
  meetingId: string;
  proposalId: string;
}

/** 'unreachable': the bot has no way to reach the proposer in Teams; the decision stands anyway. */
export const NOTICE_RESULTS = ['sent', 'unreachable'] as const;
export type NoticeResult = (typeof NOTICE_RESULTS)[number];

/** What the secretary (or chair) decided about a proposal. */
export interface ProposalDecision {
  /** Chosen by the client for one decision, so a retried request is recognised and not decided (or told) twice. */
  id: string;
  action: DecisionAction;
  decidedBy: string;
  decidedAt: string;
  /** accept: the item it became; merge: the item it was merged into. */
  agendaItemId?: string;
  /** defer: the pending copy in the later meeting. */
  deferredTo?: ProposalRef;
}

/** Members may propose items for a meeting that is open and whose proposal deadline has not passed. */
export function acceptsProposals(meeting: Meeting, now: Date): boolean {
  return isOpenForMembers(meeting.status) && now.getTime() < Date.parse(meeting.proposalDeadline);
}

/** The meetings a member can propose items for now, earliest first. */
export function meetingsTakingProposals(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings.filter((m) => acceptsProposals(m, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
