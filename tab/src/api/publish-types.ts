// Shapes of the publishing API (bot/src/http/routes/publish-routes.ts).
import type { PublicationSummary } from '../../../bot/src/domain/agenda-changes';
import type { AgendaPublication, ChannelLink, ChannelOutcome } from '../../../bot/src/domain/agenda-publication';
import type { CaseNumber } from '../../../bot/src/domain/case-number';
import type { Meeting } from '../../../bot/src/domain/meeting';

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

/** POST …/agenda-changes and POST …/channel-post */
export interface ChannelPostResponse {
  publication: AgendaPublication;
  channel: ChannelOutcome;
}
