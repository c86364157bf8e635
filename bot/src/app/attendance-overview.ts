import { attendanceOverview, type AttendanceOverview } from '../domain/attendance-overview';
import { canManageMeetings } from '../domain/member';
import type { AppDeps, Principal } from './deps';
import { loadMemberMeeting } from './member-context';

export interface AttendanceOverviewView extends AttendanceOverview {
  timeZone: string;
  canManage: boolean;
}

/**
 * Oppmøte for one meeting: every expected member's answer, deputies standing
 * in, who has not answered and the expected quorum. Any member may read it;
 * the reasons for apologies are personal and reach only the secretary and chair.
 */
export async function viewAttendanceOverview(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
): Promise<AttendanceOverviewView> {
  const { council, meeting, roster, member } = await loadMemberMeeting(deps, principal, councilId, meetingId);
  const work = await deps.work.load(councilId, meetingId);
  const canManage = canManageMeetings(member);
  const overview = attendanceOverview(
    council,
    meeting,
    roster,
    work.attendance.map((r) => r.value),
    { canManage },
  );
  return { ...overview, timeZone: council.timeZone, canManage };
}
