import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { nextMeeting } from '../../bot/src/domain/meeting';
import { createApiClient, type ApiClient } from './api/api-client';
import type { MeetingPackage } from './api/api-types';
import { readDevUser, writeDevUser } from './dev/dev-user';
import { chooseLanguage, languageFromQuery } from './i18n/choose-language';
import { MESSAGES } from './i18n/messages';
import { useAsync } from './state/use-async';
import type { TeamsHost } from './teams/teams-host';
import { CouncilPicker } from './views/CouncilPicker';
import { DevBanner } from './views/DevBanner';
import { ErrorView } from './views/ErrorView';
import { errorText } from './views/error-text';
import { LoadingView } from './views/LoadingView';
import { MeetingView } from './views/MeetingView';
import { NoUpcomingMeeting } from './views/NoUpcomingMeeting';

const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    maxWidth: '100%',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    overflowWrap: 'break-word',
  },
  picker: { maxWidth: '24rem' },
});

/** The upcoming meeting's package, or undefined when the council has none. */
async function loadUpcoming(client: ApiClient, councilId: string): Promise<MeetingPackage | undefined> {
  const { meetings } = await client.meetings(councilId);
  const upcoming = nextMeeting(meetings, new Date());
  return upcoming ? client.meetingPackage(councilId, upcoming.id) : undefined;
}

export function App({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  const [devUserId, setDevUserId] = useState(() => (host.inTeams ? undefined : readDevUser()));
  const [attempt, setAttempt] = useState(0);
  const [chosenCouncilId, setChosenCouncilId] = useState<string>();
  const client = useMemo(
    () => createApiClient(host.inTeams ? { getAuthToken: host.getAuthToken } : { devUserId }),
    [host, devUserId],
  );

  const me = useAsync(() => client.me(), [client, attempt]);
  const councils = me.status === 'ok' ? me.value.councils : [];
  const council = councils.find((c) => c.id === chosenCouncilId) ?? councils[0];
  const upcoming = useAsync(
    () => (council ? loadUpcoming(client, council.id) : Promise.resolve(undefined)),
    [client, council?.id, attempt],
  );

  const language = chooseLanguage(languageFromQuery(window.location.search), council?.language, host.locale);
  const t = MESSAGES[language];
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseDevUser = (aadObjectId: string | undefined) => {
    writeDevUser(aadObjectId);
    setDevUserId(aadObjectId);
  };
  const retry = () => setAttempt((n) => n + 1);

  // While reloading (e.g. after picking another demo user) the last answer keeps the banner in place.
  const lastMe = me.value;
  const showDevTools = !host.inTeams && lastMe?.devMode === true;

  let content;
  if (me.status === 'error' || upcoming.status === 'error') {
    const error: unknown = me.status === 'error' ? me.error : upcoming.status === 'error' ? upcoming.error : undefined;
    content = (
      <ErrorView
        t={t}
        message={errorText(error, t)}
        onRetry={retry}
        onResetDevUser={!host.inTeams && devUserId !== undefined ? () => chooseDevUser(undefined) : undefined}
      />
    );
  } else if (me.status === 'loading' || upcoming.status === 'loading') {
    content = <LoadingView label={t.loading} />;
  } else if (!council) {
    content = <ErrorView t={t} message={t.errorNoCouncils} onRetry={retry} />;
  } else if (!upcoming.value) {
    content = <NoUpcomingMeeting t={t} councilName={council.name} />;
  } else {
    content = <MeetingView t={t} language={language} pkg={upcoming.value} />;
  }

  return (
    <main className={styles.main}>
      {showDevTools && lastMe && (
        <DevBanner t={t} demoUsers={lastMe.demoUsers ?? []} currentUser={lastMe.user} onChooseUser={chooseDevUser} />
      )}
      {councils.length > 1 && council && (
        <div className={styles.picker}>
          <CouncilPicker t={t} councils={councils} councilId={council.id} onChoose={setChosenCouncilId} />
        </div>
      )}
      {content}
    </main>
  );
}
