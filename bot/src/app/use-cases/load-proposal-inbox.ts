import { buildProposalInbox, type ProposalInbox } from '../../domain/proposal-inbox';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf, type MeetingScope } from '../scope/request-scope';

export interface LoadProposalInboxInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** Every proposal for a meeting, with proposer and date, for the secretary or chair to decide on. */
export async function loadProposalInbox(deps: AppDeps, input: LoadProposalInboxInput): Promise<ProposalInbox> {
  const { principal, councilId, meetingId } = input;
  const ctx = await loadScope(deps, { principal, councilId, meetingId, managerAction: 'decide on proposals' });
  return proposalInboxOf(deps, ctx);
}

/** One partition query and the meeting list; decisions answer with it so the inbox shows the new state at once. */
export async function proposalInboxOf(deps: AppDeps, ctx: MeetingScope): Promise<ProposalInbox> {
  const meeting = ctx.meeting.value;
  const [work, meetings] = await Promise.all([
    deps.work.load(meeting.councilId, meeting.id),
    deps.meetings.list(meeting.councilId),
  ]);
  return buildProposalInbox(
    ctx.council.value,
    meeting,
    work.proposal,
    work.item.map((r) => r.value),
    membersOf(ctx),
    meetings.map((m) => m.value),
    ctx.now,
  );
}
