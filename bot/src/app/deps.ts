import type {
  CalendarFeedStore,
  CaseNumberCounter,
  ConversationStore,
  CouncilRepository,
  FollowUpRepository,
  HandledActivityStore,
  MeetingRepository,
  MeetingWorkRepository,
  MemberRepository,
  Messenger,
} from './ports';
import type { TabLinkSettings } from '../domain/tab-links';

/** What use cases depend on: ports, a clock and new ids, passed in by the composition root. */
export interface AppDeps {
  councils: CouncilRepository;
  members: MemberRepository;
  meetings: MeetingRepository;
  work: MeetingWorkRepository;
  caseNumbers: CaseNumberCounter;
  followUps: FollowUpRepository;
  conversations: ConversationStore;
  handledActivities: HandledActivityStore;
  calendarFeeds: CalendarFeedStore;
  /** Proactive messages; set by the composition root once the bot adapter exists. */
  messenger: Messenger;
  clock: () => Date;
  /** A new random id (a UUID) for a row the server creates; tests can make them predictable. */
  newId: () => string;
  /** A new unguessable secret (URL-safe), for a calendar feed address. */
  newSecret: () => string;
  /** Where the tab lives, for links in channel posts; read when a post is made (a dev server binds its port late). */
  tabLinks: () => TabLinkSettings;
}

/** Who is asking: from a verified SSO token, a bot activity, or (dev mode only) a dev header. */
export interface Principal {
  tenantId: string;
  aadObjectId: string;
}
