import type { Meeting } from './meeting';
import { isActiveOn, isDeputy, type Member } from './member';
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
  /** aadObjectId of the secretary or chair who made it (absent on rows made before this was kept). */
  createdBy?: string;
  /** Set when the secretary closed the request before its deadline. */
  closedAt?: string;
}

export interface WrittenInput {
  meetingId: string;
  requestId: string;
  memberId: string;
  /** Answer text per question id. */
  answers: Record<string, string>;
  submittedAt: string;
}

/** Input can be given and edited until the deadline, unless the secretary closed the request early. */
export function isInputOpen(request: InputRequest, now: Date): boolean {
  return request.closedAt === undefined && now.getTime() < Date.parse(request.deadline);
}

export function isAsked(request: InputRequest, memberId: string): boolean {
  return request.askedMemberIds.length === 0 || request.askedMemberIds.includes(memberId);
}

/**
 * The people a request asks, on the meeting's date. "Everyone" means every
 * active member, observers included (they give input too); deputies are asked
 * only when named, since they stand in rather than sit in the council.
 */
export function askedMembers(request: InputRequest, roster: readonly Member[], meetingDate: string): Member[] {
  return roster.filter(
    (m) =>
      isActiveOn(m, meetingDate) &&
      isAsked(request, m.aadObjectId) &&
      (!isDeputy(m) || request.askedMemberIds.includes(m.aadObjectId)),
  );
}

/** Input is taken while the request's deadline is ahead and the meeting is still open (not cancelled or held). */
export function acceptsInput(meeting: Meeting, request: InputRequest, now: Date): boolean {
  return isOpenForMembers(meeting.status) && isInputOpen(request, now);
}
