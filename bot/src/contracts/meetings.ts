// Planning meetings (bot/src/http/routes/meeting-routes.ts).
import type { Meeting } from '../domain/meeting';

/** A meeting as saved, with the ETag the next change must send. */
export interface SavedMeeting {
  meeting: Meeting;
  etag: string;
}
