import type { Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';

/** Skriftlig innspill: questions members answer in writing before a deadline. */
export interface InputRequest {
  id: string;
  meetingId: string;
  questions: { id: string; text: string }[];
  deadline: string;
  agendaItemId?: string;
  /** aadObjectIds asked; empty means every member of the council. */
  askedMemberIds: string[];
  createdAt: string;
}

export interface WrittenInput {
  meetingId: string;
  requestId: string;
  memberId: string;
  /** Answer text per question id. */
  answers: Record<string, string>;
  submittedAt: string;
}

/** Input can be given and edited until the deadline. */
export function isInputOpen(request: InputRequest, now: Date): boolean {
  return now.getTime() < Date.parse(request.deadline);
}

export function isAsked(request: InputRequest, memberId: string): boolean {
  return request.askedMemberIds.length === 0 || request.askedMemberIds.includes(memberId);
}

/** Input is taken while the request's deadline is ahead and the meeting is still open (not cancelled or held). */
export function acceptsInput(meeting: Meeting, request: InputRequest, now: Date): boolean {
  return isOpenForMembers(meeting.status) && isInputOpen(request, now);
}
