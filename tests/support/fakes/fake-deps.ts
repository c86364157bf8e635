import { randomBytes, randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../bot/src/app/deps';
import { InMemoryCalendarFeedStore } from './in-memory-calendar-feed-store';
import { InMemoryCaseNumberCounter } from './in-memory-case-number-counter';
import { InMemoryConversationStore } from './in-memory-conversation-store';
import { InMemoryCouncilRepository } from './in-memory-council-repository';
import { InMemoryFollowUpRepository } from './in-memory-follow-up-repository';
import { InMemoryHandledActivityStore } from './in-memory-handled-activity-store';
import { InMemoryMeetingRepository } from './in-memory-meeting-repository';
import { InMemoryMeetingWorkRepository } from './in-memory-meeting-work-repository';
import { InMemoryMemberRepository } from './in-memory-member-repository';
import { RecordingMessenger } from './recording-messenger';

/** AppDeps on in-memory fakes, for use-case tests that need the ports' behaviour but not storage. */
export function fakeDeps(
  options: { clock?: () => Date } = {},
): AppDeps & { messenger: RecordingMessenger; followUps: InMemoryFollowUpRepository } {
  return {
    councils: new InMemoryCouncilRepository(),
    members: new InMemoryMemberRepository(),
    meetings: new InMemoryMeetingRepository(),
    work: new InMemoryMeetingWorkRepository(),
    caseNumbers: new InMemoryCaseNumberCounter(),
    followUps: new InMemoryFollowUpRepository(),
    conversations: new InMemoryConversationStore(),
    handledActivities: new InMemoryHandledActivityStore(),
    calendarFeeds: new InMemoryCalendarFeedStore(),
    messenger: new RecordingMessenger(),
    clock: options.clock ?? (() => new Date()),
    newId: () => randomUUID(),
    newSecret: () => randomBytes(32).toString('base64url'),
    tabLinks: () => ({ publicUrl: 'https://utvalg.test', teamsAppId: undefined }),
  };
}
