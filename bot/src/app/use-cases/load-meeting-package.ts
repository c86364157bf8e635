import { calendarDate } from '../../domain/calendar-date';
import { NotFound } from '../../domain/errors';
import { buildMeetingPackage, type MeetingPackage } from '../../domain/meeting-package';
import { canManageMeetings } from '../../domain/member';
import { requireMember } from '../scope/authorize';
import type { AppDeps, Principal } from '../deps';

export interface LoadMeetingPackageInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * The meeting package for a council member: point reads of council and
 * meeting, one roster query and one partition query for the working set,
 * whatever its size.
 */
export async function loadMeetingPackage(deps: AppDeps, input: LoadMeetingPackageInput): Promise<MeetingPackage> {
  const { principal, councilId, meetingId } = input;
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  const member = requireMember(roster, principal, calendarDate(now, council.value.timeZone));
  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  const work = await deps.work.load(councilId, meetingId);
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
  );
}
