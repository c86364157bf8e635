// Holding the meeting and writing its minutes (bot/src/http/routes/minutes-routes.ts).
import type { ChannelOutcome } from '../domain/agenda-publication';
import type { Meeting } from '../domain/meeting';
import type { ActualAttendance, MinutesApproval, SentForApproval } from '../domain/minutes';
import type { MinutesDraft } from '../domain/minutes-draft';
import type { FollowUpEntry } from './follow-ups';

/** Someone the secretary can name as minute-taker or correct attendance for. */
export interface MinutesPerson {
  memberId: string;
  name: string;
}

/** The minutes of a held meeting, as the reader may see them. */
export interface MinutesContent {
  /** ETag of the meeting-wide row (attendance, minute-taker, approval). */
  etag: string;
  heldAt: string;
  minuteTakerId?: string;
  sentForApproval?: SentForApproval;
  approval?: MinutesApproval;
  draft: MinutesDraft;
  /** ETag of each item's part, by item id (writers only; empty for readers). */
  partEtags: Record<string, string>;
  /** Attendance as recorded, for correcting it (writers only; empty for readers). */
  attendance: ActualAttendance[];
  /** The follow-ups agreed at this meeting, open and done, in the order written down (each item shows its own). */
  followUps: FollowUpEntry[];
}

export interface MinutesReply {
  meeting: Meeting;
  meetingEtag: string;
  /** The council's zone, for showing dates. */
  timeZone: string;
  /** The person may write the draft (secretary, chair, or the named minute-taker). */
  canWrite: boolean;
  /** The person may hold the meeting, name the minute-taker, send and approve (secretary, chair). */
  canManage: boolean;
  /** The person may write follow-ups down (the writers, while the minutes are a draft). */
  canRecordFollowUps: boolean;
  /** Absent before the meeting is held, and for members until the draft is sent for approval. */
  minutes?: MinutesContent;
  /** The council's members (writers only), for attendance and the minute-taker. */
  people: MinutesPerson[];
  /** Set by "send for approval": what happened to the one channel post. */
  channel?: ChannelOutcome;
}
