import type { ItemKind } from '../../domain/agenda';
import type { Council } from '../../domain/council';
import { ConcurrentEdit, InvalidValue, MeetingClosed } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import { acceptsProposals, type AgendaProposal } from '../../domain/proposal';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';

export interface ProposalDraft {
  councilId: string;
  meetingId: string;
  /** Made with the form; becomes the proposal id, so submitting the same form twice stores one proposal. */
  formId: string;
  title: string;
  description?: string;
  kind: ItemKind;
  presenter?: string;
  link?: string;
}

export interface ProposalReceipt {
  proposal: AgendaProposal;
  meeting: Meeting;
  council: Council;
  /** True when this form had been submitted before and nothing new was stored. */
  alreadyReceived: boolean;
}

export interface ProposeAgendaItemInput extends ProposalDraft {
  principal: Principal | undefined;
}

/**
 * A member proposes an agenda item (saksforslag) for an open meeting; the
 * secretary triages it later. Idempotent by form id: a repeated delivery finds
 * the stored proposal (and a race between two is settled by the insert).
 */
export async function proposeAgendaItem(deps: AppDeps, input: ProposeAgendaItemInput): Promise<ProposalReceipt> {
  const { principal } = input;
  const scope = await loadScope(deps, { principal, councilId: input.councilId, meetingId: input.meetingId });
  const { me: member, now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  const existing = await deps.work.get(council.id, meeting.id, 'proposal', input.formId);
  if (existing) return receiptFor(existing.value, member.aadObjectId, meeting, council);
  if (!acceptsProposals(meeting, now)) throw new MeetingClosed(meeting.id);

  const proposal: AgendaProposal = {
    id: input.formId,
    meetingId: meeting.id,
    proposerId: member.aadObjectId,
    title: input.title,
    kind: input.kind,
    status: 'pending',
    createdAt: now.toISOString(),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.presenter !== undefined && { presenter: input.presenter }),
    ...(input.link !== undefined && { link: input.link }),
  };
  try {
    const created = await deps.work.create(council.id, 'proposal', proposal);
    return { proposal: created.value, meeting, council, alreadyReceived: false };
  } catch (error) {
    // Two deliveries of the same form raced: the other one stored it.
    if (!(error instanceof ConcurrentEdit)) throw error;
    const stored = await deps.work.get(council.id, meeting.id, 'proposal', input.formId);
    if (!stored) throw error;
    return receiptFor(stored.value, member.aadObjectId, meeting, council);
  }
}

function receiptFor(proposal: AgendaProposal, memberId: string, meeting: Meeting, council: Council): ProposalReceipt {
  // A form id is a random UUID; one that belongs to someone else's proposal is forged.
  if (proposal.proposerId !== memberId) throw new InvalidValue('formId', { problem: 'notYours' }, 'belongs to another proposal');
  return { proposal, meeting, council, alreadyReceived: true };
}
