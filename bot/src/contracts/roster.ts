// The roster (bot/src/http/routes/roster-routes.ts).
import type { Member } from '../domain/member';
import type { RosterView } from '../domain/roster-view';

export type { RosterView };

/** A member as saved, with the ETag the next edit must send. */
export interface SavedMember {
  member: Member;
  etag: string;
}
