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
}

/** Members may propose items for a meeting that is open and whose proposal deadline has not passed. */
export function acceptsProposals(meeting: Meeting, now: Date): boolean {
  return isOpenForMembers(meeting.status) && now.getTime() < Date.parse(meeting.proposalDeadline);
}

/** The meetings a member can propose items for now, earliest first. */
export function meetingsTakingProposals(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings.filter((m) => acceptsProposals(m, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
