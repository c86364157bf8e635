// Follow-ups (bot/src/http/routes/follow-up-routes.ts).
import type { FollowUp } from '../domain/follow-up';

/** A follow-up as lists show it: with its ETag (marking it done sends it) and who is responsible, by name. */
export interface FollowUpEntry {
  followUp: FollowUp;
  etag: string;
  responsibleName: string;
}

export interface FollowUpsReply {
  followUps: FollowUpEntry[];
}

export interface FollowUpReply {
  entry: FollowUpEntry;
}

/** What the tab sends to write a follow-up down (POST …/meetings/:meetingId/follow-ups). */
export interface FollowUpInput {
  /** Chosen by the client, so a retried request creates it once. */
  id: string;
  responsibleId: string;
  what: string;
  /** YYYY-MM-DD */
  due: string;
  itemId?: string;
}

/** Marking done (POST …/follow-ups/:followUpId/done, with If-Match). */
export interface FollowUpDoneInput {
  note: string;
}
