import { acceptsAttendance, attendanceState, type Attendance, type AttendanceState } from './attendance';
import { acceptsInput, isAsked, type InputRequest, type WrittenInput } from './input-request';
import type { Meeting } from './meeting';
import { acceptsProposals, type AgendaProposal } from './proposal';

export interface InputRequestStatus {
  request: InputRequest;
  answered: boolean;
  open: boolean;
}

/** Where one member stands for one meeting: what they answered and what is still open ("min status"). */
export interface MemberStatus {
  meeting: Meeting;
  attendance: AttendanceState;
  attendanceOpen: boolean;
  /** Input requests this member is asked to answer. */
  inputs: InputRequestStatus[];
  myProposals: AgendaProposal[];
  proposalsOpen: boolean;
  /** Things that still need an answer from this member. */
  openCount: number;
}

export interface MeetingWork {
  attendance: readonly Attendance[];
  inputRequests: readonly InputRequest[];
  inputs: readonly WrittenInput[];
  proposals: readonly AgendaProposal[];
}

export function memberStatus(meeting: Meeting, work: MeetingWork, memberId: string, now: Date): MemberStatus {
  const attendance = attendanceState(work.attendance.find((a) => a.memberId === memberId));
  const attendanceOpen = acceptsAttendance(meeting, now);
  const inputs = work.inputRequests
    .filter((r) => isAsked(r, memberId))
    .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline))
    .map((request) => ({
      request,
      answered: work.inputs.some((i) => i.requestId === request.id && i.memberId === memberId),
      open: acceptsInput(meeting, request, now),
    }));
  const myProposals = work.proposals
    .filter((p) => p.proposerId === memberId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const openCount = (attendance === 'notAnswered' && attendanceOpen ? 1 : 0) + inputs.filter((i) => i.open && !i.answered).length;
  return { meeting, attendance, attendanceOpen, inputs, myProposals, proposalsOpen: acceptsProposals(meeting, now), openCount };
}
