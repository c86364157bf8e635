import type { MeetingStatus } from './meeting-status';

/** One council meeting. Times are UTC ISO strings; the council's zone is used for display. */
export interface Meeting {
  id: string;
  councilId: string;
  status: MeetingStatus;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineLink?: string;
  /** Members can propose agenda items until this instant. */
  proposalDeadline: string;
  /** The notice (innkalling) should go out by this instant. */
  noticeDeadline: string;
  cancelledReason?: string;
  /** Set when the agenda is locked and case numbers are taken. */
  agendaLockedAt?: string;
  /**
   * How many times the stored meeting was changed (absent: never). Storage
   * raises it in every update, so a calendar's SEQUENCE rises with each change.
   */
  revision?: number;
}

/** The meeting as its next stored version: one revision more than the version it was read as. */
export function nextRevision(meeting: Meeting): Meeting {
  return { ...meeting, revision: (meeting.revision ?? 0) + 1 };
}

/** Upcoming = not yet started and not cancelled, earliest first. */
export function nextMeeting(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  return [...meetings]
    .filter((m) => m.status !== 'cancelled' && Date.parse(m.startsAt) > now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
}

export function hasStarted(meeting: Meeting, now: Date): boolean {
  return now.getTime() >= Date.parse(meeting.startsAt);
}
