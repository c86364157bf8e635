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
