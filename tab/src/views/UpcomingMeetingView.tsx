import { nextMeeting } from '../../../bot/src/domain/meeting';
import type { ApiClient } from '../api/api-client';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useAsync } from '../state/use-async';
import { ErrorView } from './ErrorView';
import { errorText } from './error-text';
import { LoadingView } from './LoadingView';
import { MeetingView } from './MeetingView';
import { NoUpcomingMeeting } from './NoUpcomingMeeting';
import type { ViewContext } from './view-context';
import { useState } from 'react';
import { useTexts } from '../texts/texts-context';
import { tabNow } from '../state/tab-clock';

/** The upcoming meeting's package, or undefined when the council has none. */
async function loadUpcoming(client: ApiClient, councilId: string): Promise<MeetingPackage | undefined> {
  const { meetings } = await client.meetings(councilId);
  const upcoming = nextMeeting(meetings, tabNow());
  return upcoming ? client.meetingPackage(councilId, upcoming.id) : undefined;
}

/** The council's next meeting, as every member sees it. */
export function UpcomingMeetingView({ ctx }: { ctx: ViewContext }) {
  const { client, council } = ctx;
  const t = useTexts().app;
  const [attempt, setAttempt] = useState(0);
  const upcoming = useAsync(() => loadUpcoming(client, council.id), [client, council.id, attempt]);
  if (upcoming.status === 'error')
    return <ErrorView message={errorText(upcoming.error, t)} onRetry={() => setAttempt((n) => n + 1)} />;
  if (upcoming.status === 'loading') return <LoadingView label={t.loading} />;
  if (!upcoming.value) return <NoUpcomingMeeting councilName={council.name} />;
  return <MeetingView pkg={upcoming.value} client={ctx.client} />;
}
