import { nextMeeting } from '../domain/meeting';
import { memberStatus, type MeetingWork, type MemberStatus } from '../domain/member-status';
import { isOpenForMembers } from '../domain/meeting-status';
import type { AppDeps, Principal } from './deps';
import type { VersionedWorkingSet } from './ports';
import { findMemberships, type Membership } from './find-memberships';
import { loadScope } from './request-scope';

export interface CouncilOverview {
  membership: Membership;
  /** Where the member stands for the council's next meeting; undefined when none is planned. */
  status: MemberStatus | undefined;
}

/** "Min status": for each of the member's councils, the next meeting and what is still open. */
export async function memberOverview(deps: AppDeps, principal: Principal | undefined): Promise<CouncilOverview[]> {
  const memberships = await findMemberships(deps, principal);
  const now = deps.clock();
  return Promise.all(
    memberships.map(async (membership) => {
      const meetings = await deps.meetings.list(membership.council.id);
      const next = nextMeeting(
        meetings.map((m) => m.value).filter((m) => isOpenForMembers(m.status)),
        now,
      );
      if (!next) return { membership, status: undefined };
      const work = await deps.work.load(membership.council.id, next.id);
      const status = memberStatus(next, meetingWorkOf(work), membership.member.aadObjectId, now);
      return { membership, status };
    }),
  );
}

/** The member's status for one given meeting (the channel card, refreshed per member). */
export async function memberStatusFor(
  deps: AppDeps,
  principal: Principal | undefined,
  councilId: string,
  meetingId: string,
): Promise<{ membership: Membership; status: MemberStatus }> {
  const { council, me, meeting, work, now } = await loadScope(deps, { principal, councilId, meetingId, withWork: true });
  const status = memberStatus(meeting.value, meetingWorkOf(work), me.aadObjectId, now);
  return { membership: { council: council.value, member: me }, status };
}

function meetingWorkOf(work: VersionedWorkingSet): MeetingWork {
  return {
    attendance: work.attendance.map((r) => r.value),
    inputRequests: work.inputRequest.map((r) => r.value),
    inputs: work.input.map((r) => r.value),
    proposals: work.proposal.map((r) => r.value),
  };
}
