import { buildMeetingPackage, type MeetingPackage } from '../../domain/meeting-package';
import { canManageMeetings } from '../../domain/member';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';

export interface LoadMeetingPackageInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * The meeting package for a council member: point reads of council and
 * meeting with one roster query (one round trip), then one partition query
 * for the working set, whatever its size, with one for the council's open
 * follow-ups (a second round trip).
 */
export async function loadMeetingPackage(deps: AppDeps, input: LoadMeetingPackageInput): Promise<MeetingPackage> {
  const { principal, councilId, meetingId } = input;
  const { council, roster, me: member, meeting, now } = await loadScope(deps, { principal, councilId, meetingId });
  // Only after the checks, and together (one round trip): the working set and the council's open follow-ups.
  const [work, followUps] = await Promise.all([
    deps.work.load(councilId, meetingId),
    deps.followUps.listOpenFollowUps(councilId),
  ]);
  return buildMeetingPackage(
    council.value,
    meeting.value,
    roster.map((m) => m.value),
    {
      items: work.item.map((r) => r.value),
      proposals: work.proposal.map((r) => r.value),
      attendance: work.attendance.map((r) => r.value),
      inputRequests: work.inputRequest.map((r) => r.value),
      inputs: work.input.map((r) => r.value),
      publications: work.publication.map((r) => r.value),
    },
    now,
    // Apology reasons and other members' input are included only as far as this reader may see them.
    { memberId: member.aadObjectId, canManage: canManageMeetings(member) },
    followUps.map((r) => r.value),
  );
}
