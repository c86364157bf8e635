import { nextMeeting } from '../../domain/meeting';
import { memberStatus, type MeetingWork, type MemberStatus } from '../../domain/member-status';
import { isOpenForMembers } from '../../domain/meeting-status';
import type { AppDeps, Principal } from '../deps';
import type { VersionedWorkingSet } from '../ports';
import { findMemberships, type Membership } from '../scope/find-memberships';
import { loadScope } from '../scope/request-scope';

export interface CouncilOverview {
  membership: Membership;
  /** Where the member stands for the council's next meeting; undefined when none is planned. */
  status: MemberStatus | undefined;
  /** Who stands in for the member, when they send a deputy. */
  deputyName?: string;
  now: Date;
}

/** One member's status for one meeting, as their status card shows it. */
export interface MemberStatusView extends CouncilOverview {
  status: MemberStatus;
}

export interface MemberOverviewInput {
  principal: Principal | undefined;
}

/** "Min status": for each of the member's councils, the next meeting and what is still open. */
export async function memberOverview(deps: AppDeps, input: MemberOverviewInput): Promise<CouncilOverview[]> {
  const { principal } = input;
  const memberships = await findMemberships(deps, principal);
  const now = deps.clock();
  return Promise.all(
    memberships.map(async (membership) => {
      const meetings = await deps.meetings.list(membership.council.id);
      const next = nextMeeting(
        meetings.map((m) => m.value).filter((m) => isOpenForMembers(m.status)),
        now,
      );
      if (!next) return { membership, status: undefined, now };
      const work = await deps.work.load(membership.council.id, next.id);
      const status = memberStatus(next, meetingWorkOf(work), membership.member.aadObjectId, now);
      const deputyName = await deputyNameOf(deps, membership.council.id, work, membership.member.aadObjectId);
      return { membership, status, now, ...(deputyName !== undefined && { deputyName }) };
    }),
  );
}

export interface MemberStatusForInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
}

/** The member's status for one given meeting (the channel card, refreshed per member). */
export async function memberStatusFor(deps: AppDeps, input: MemberStatusForInput): Promise<MemberStatusView> {
  const { principal, councilId, meetingId } = input;
  const { council, me, meeting, work, now } = await loadScope(deps, { principal, councilId, meetingId, withWork: true });
  const status = memberStatus(meeting.value, meetingWorkOf(work), me.aadObjectId, now);
  const deputyName = await deputyNameOf(deps, councilId, work, me.aadObjectId);
  return { membership: { council: council.value, member: me }, status, now, ...(deputyName !== undefined && { deputyName }) };
}

async function deputyNameOf(
  deps: AppDeps,
  councilId: string,
  work: VersionedWorkingSet,
  memberId: string,
): Promise<string | undefined> {
  const answer = work.attendance.find((r) => r.value.memberId === memberId)?.value.answer;
  if (answer?.kind !== 'deputy') return undefined;
  return (await deps.members.get(councilId, answer.deputyId))?.value.name;
}

function meetingWorkOf(work: VersionedWorkingSet): MeetingWork {
  return {
    attendance: work.attendance.map((r) => r.value),
    inputRequests: work.inputRequest.map((r) => r.value),
    inputs: work.input.map((r) => r.value),
    proposals: work.proposal.map((r) => r.value),
  };
}
