// Publishing a meeting (bot/src/http/routes/publish-routes.ts).
import type { AgendaChanges, PublicationSummary } from '../domain/agenda-changes';
import type { AgendaPublication, ChannelLink, ChannelOutcome } from '../domain/agenda-publication';
import type { CaseNumber } from '../domain/case-number';
import type { Meeting } from '../domain/meeting';

/** GET …/publication: what "Lås og send innkalling" or "Send endringer" would do now. */
export interface PublicationStatus {
  meeting: Meeting;
  /** The meeting's ETag, sent back as If-Match with an action. */
  etag: string;
  next: 'publishNotice' | 'publishChanges' | 'nothing';
  toNumber: { count: number; expected: CaseNumber[] };
  channel: ChannelLink;
  publication?: PublicationSummary;
}

/** POST …/notice */
export interface NoticeResponse {
  meeting: Meeting;
  etag: string;
  publication: AgendaPublication;
  channel: ChannelOutcome;
}

/** POST …/channel-post */
export interface ChannelPostResponse {
  publication: AgendaPublication;
  channel: ChannelOutcome;
}

/** POST …/agenda-changes: the channel post, and what changed since the last published revision. */
export interface AgendaChangesResponse extends ChannelPostResponse {
  changes: AgendaChanges;
}
