import { acceptsAttendance } from '../../domain/attendance';
import type { Meeting } from '../../domain/meeting';
import { acceptsProposals } from '../../domain/proposal';
import type { AppDeps, Principal } from '../deps';
import { findMemberships, type Membership } from '../scope/find-memberships';

export interface MemberMeeting {
  membership: Membership;
  meeting: Meeting;
}

/** What a member can act on now: meetings taking proposals, or taking attendance answers. */
export type MeetingPurpose = 'proposals' | 'attendance';

const ACCEPTS: Record<MeetingPurpose, (meeting: Meeting, now: Date) => boolean> = {
  proposals: acceptsProposals,
  attendance: acceptsAttendance,
};

export interface MeetingsForMemberInput {
  principal: Principal | undefined;
  purpose: MeetingPurpose;
}

/** Across the member's councils, the meetings open for a purpose, earliest first. */
export async function meetingsForMember(
  deps: AppDeps,
  input: MeetingsForMemberInput,
): Promise<{ memberships: Membership[]; meetings: MemberMeeting[] }> {
  const { principal, purpose } = input;
  const memberships = await findMemberships(deps, principal);
  const now = deps.clock();
  const perCouncil = await Promise.all(
    memberships.map(async (membership) => {
      const meetings = await deps.meetings.list(membership.council.id);
      return meetings
        .map((m) => m.value)
        .filter((m) => ACCEPTS[purpose](m, now))
        .map((meeting) => ({ membership, meeting }));
    }),
  );
  const meetings = perCouncil.flat().sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
  return { memberships, meetings };
}
