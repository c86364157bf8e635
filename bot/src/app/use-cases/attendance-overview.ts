import { attendanceOverview, type AttendanceOverview } from '../../domain/attendance-overview';
import { canManageMeetings } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf } from '../scope/request-scope';

export interface AttendanceOverviewView extends AttendanceOverview {
  timeZone: string;
  canManage: boolean;
}

export interface ViewAttendanceOverviewInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * Oppmøte for one meeting: every expected member's answer, deputies standing
 * in, who has not answered and the expected quorum. Any member may read it;
 * the reasons for apologies are personal and reach only the secretary and chair.
 */
export async function viewAttendanceOverview(deps: AppDeps, input: ViewAttendanceOverviewInput): Promise<AttendanceOverviewView> {
  const { principal, councilId, meetingId } = input;
  const scope = await loadScope(deps, { principal, councilId, meetingId, withWork: true });
  const { work } = scope;
  const council = scope.council.value;
  const canManage = canManageMeetings(scope.me);
  const overview = attendanceOverview(
    council,
    scope.meeting.value,
    membersOf(scope),
    work.attendance.map((r) => r.value),
    { canManage },
  );
  return { ...overview, timeZone: council.timeZone, canManage };
}
