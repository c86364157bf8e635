import { orderAgenda, type AgendaItem } from './agenda';
import { councilSummary, type CouncilSummary } from './agenda-view';
import type { Council } from './council';
import type { CaseNumber } from './case-number';
import type { Meeting } from './meeting';
import type { Member } from './member';
import { isOpenForMembers } from './meeting-status';
import type { AgendaProposal, NoticeResult } from './proposal';
import { deferTargets } from './proposal-decision';

/**
 * Whether the proposer was told of a decision. 'pending': another request holds
 * the claim to tell them (or told them and could not record it); 'failed':
 * Teams refused for now, and retrying the same decision tries again.
 */
export type DecisionNotification = NoticeResult | 'pending' | 'failed';

export type MeetingSummary = Pick<Meeting, 'id' | 'startsAt' | 'endsAt' | 'status'>;

export interface InboxEntry {
  proposal: AgendaProposal;
  /** The decision's If-Match. */
  etag: string;
  proposerName: string;
  /** A deferred copy: the meeting it was first proposed for. */
  deferredFrom?: MeetingSummary;
  /** Deferred: the meeting it went to. */
  deferredTo?: MeetingSummary;
  /** Accepted or merged: the item's title as it stands now. */
  itemTitle?: string;
}

/** The secretary's inbox for one meeting's proposals, with what each decision can point to. */
export interface ProposalInbox {
  council: CouncilSummary;
  meeting: Meeting;
  /** Pending first (oldest first: first come, first served), then decided ones, newest decision first. */
  proposals: InboxEntry[];
  /** Items a proposal can be merged into. */
  agendaItems: { id: string; title: string; caseNumber?: CaseNumber }[];
  /** Later, open meetings a proposal can be deferred to. */
  deferTargets: MeetingSummary[];
  /** Accepting and merging change the agenda, which a held meeting no longer allows. */
  agendaEditable: boolean;
}

const summary = (m: Meeting): MeetingSummary => ({ id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, status: m.status });

export function buildProposalInbox(
  council: Council,
  meeting: Meeting,
  rows: readonly { value: AgendaProposal; etag: string }[],
  items: readonly AgendaItem[],
  roster: readonly Member[],
  meetings: readonly Meeting[],
  now: Date,
): ProposalInbox {
  const nameOf = new Map(roster.map((m) => [m.aadObjectId, m.name]));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const pending = rows.filter((r) => r.value.status === 'pending').sort(by((r) => r.value.createdAt));
  const decided = rows
    .filter((r) => r.value.status !== 'pending')
    .sort(by((r) => r.value.decision?.decidedAt ?? r.value.createdAt))
    .reverse();
  const entry = ({ value, etag }: { value: AgendaProposal; etag: string }): InboxEntry => {
    const from = value.deferredFrom && meetingById.get(value.deferredFrom.meetingId);
    const to = value.decision?.deferredTo && meetingById.get(value.decision.deferredTo.meetingId);
    // Proposals accepted before decisions were recorded are found by the item's back reference.
    const item = value.decision?.agendaItemId
      ? itemById.get(value.decision.agendaItemId)
      : value.status === 'accepted'
        ? items.find((i) => i.fromProposalId === value.id)
        : undefined;
    return {
      proposal: value,
      etag,
      proposerName: nameOf.get(value.proposerId) ?? '?',
      ...(from && { deferredFrom: summary(from) }),
      ...(to && { deferredTo: summary(to) }),
      ...(item && { itemTitle: item.title }),
    };
  };
  return {
    council: councilSummary(council),
    meeting,
    proposals: [...pending, ...decided].map(entry),
    agendaItems: orderAgenda(items).map((i) => ({
      id: i.id,
      title: i.title,
      ...(i.caseNumber !== undefined && { caseNumber: i.caseNumber }),
    })),
    deferTargets: deferTargets(meetings, meeting, now).map(summary),
    agendaEditable: isOpenForMembers(meeting.status),
  };
}

function by<T>(key: (value: T) => string): (a: T, b: T) => number {
  return (a, b) => key(a).localeCompare(key(b));
}
