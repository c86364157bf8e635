import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { roleCanManage } from '../../bot/src/domain/member';
import { createApiClient } from './api/api-client';
import type { DevPeopleResponse } from '../../bot/src/contracts/me';
import { readDevUser, writeDevUser, type DevUser } from './dev/dev-user';
import { chooseLanguage, languageFromQuery } from './texts/choose-language';
import { useAsync } from './state/use-async';
import { followDevClock } from './state/tab-clock';
import { useHashRoute } from './state/use-hash-route';
import { nextRoute } from './views/view-registry';
import type { TeamsHost } from './teams/teams-host';
import { CouncilPicker } from './views/CouncilPicker';
import { DevBanner } from './views/DevBanner';
import { ErrorView } from './views/ErrorView';
import { errorText } from './views/error-text';
import { ssoFailureText } from './views/sso-failure-text';
import { LoadingView } from './views/LoadingView';
import { viewsFor } from './views/view-registry';
import type { ViewContext } from './views/view-context';
import { textsFor } from '../../bot/src/texts/catalogue';
import { TextsProvider } from './texts/texts-context';

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
  // On a phone the tabs wrap instead of scrolling sideways.
  nav: { flexWrap: 'wrap' },
});

/** The dev clock's start is shown in Norwegian time (the councils' zone; MeResponse carries no zone). */
const DEV_CLOCK_ZONE = 'Europe/Oslo';

export function App({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  const [devUser, setDevUser] = useState(() => (host.inTeams ? undefined : readDevUser()));
  const [attempt, setAttempt] = useState(0);
  const [chosenCouncilId, setChosenCouncilId] = useState<string>();
  const [route, navigate] = useHashRoute();
  // A Teams deep link (e.g. from the notice card) names the route to open; an address already given wins.
  useEffect(() => {
    if (host.subPageId && !window.location.hash) window.location.hash = `#/${host.subPageId}`;
  }, [host]);
  const client = useMemo(
    () =>
      createApiClient(
        host.inTeams
          ? { getAuthToken: host.getAuthToken, openLink: host.openLink }
          : { devUserId: devUser?.aadObjectId, devTenantId: devUser?.tenantId },
      ),
    [host, devUser],
  );

  const me = useAsync(async () => {
    const answer = await client.me();
    // Before any view draws with it: the tab's "now" follows a dev clock, if the server runs on one.
    followDevClock(answer.devClock);
    return answer;
  }, [client, attempt]);
  const councils = me.status === 'ok' ? me.value.councils : [];
  const council = councils.find((c) => c.id === chosenCouncilId) ?? councils[0];

  const language = chooseLanguage(languageFromQuery(window.location.search), council?.language, host.locale);
  // The shell chooses the language, so it reads its own texts directly; everything below uses useTexts().
  const texts = textsFor(language);
  const t = texts.app;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseDevUser = (user: DevUser | undefined) => {
    writeDevUser(user);
    setDevUser(user);
  };
  const retry = () => setAttempt((n) => n + 1);

  // While reloading (e.g. after picking another demo user) the last answer keeps the banner in place.
  const lastMe = me.value;
  const showDevTools = !host.inTeams && lastMe?.devMode === true;
  // Dev mode's picker: the people of every council, whoever we act as (loaded once; a reload shows new councils).
  const devPeople = useAsync(
    (): Promise<DevPeopleResponse> =>
      showDevTools
        ? client.request<DevPeopleResponse>('GET', '/api/dev/people').then((r) => r.body)
        : Promise.resolve({ councils: [] }),
    [showDevTools],
  );
  const canManage = council ? roleCanManage(council.role) : false;
  const views = viewsFor(canManage);
  const view = views.find((v) => v.id === route.viewId) ?? views[0];

  let content;
  if (me.status === 'error') {
    content = (
      <ErrorView
        message={(host.inTeams ? ssoFailureText(me.error, language) : undefined) ?? errorText(me.error, t)}
        onRetry={retry}
        onResetDevUser={!host.inTeams && devUser !== undefined ? () => chooseDevUser(undefined) : undefined}
      />
    );
  } else if (me.status === 'loading') {
    content = <LoadingView label={t.loading} />;
  } else if (!council || !view) {
    content = <ErrorView message={t.errorNoCouncils} onRetry={retry} />;
  } else {
    const ctx: ViewContext = { client, me: me.value, council, canManage, navigate, param: route.param };
    content = (
      <>
        {views.length > 1 && (
          <nav aria-label={t.navLabel}>
            <TabList
              className={styles.nav}
              selectedValue={view.id}
              onTabSelect={(_event, data) => navigate(...nextRoute(view, route.param, String(data.value)))}
            >
              {views.map((v) => (
                <Tab key={v.id} value={v.id} data-testid={`nav-${v.id}`}>
                  {v.label(texts)}
                </Tab>
              ))}
            </TabList>
          </nav>
        )}
        {/* A new council or person starts the view afresh. */}
        <div key={`${council.id}|${me.value.user.aadObjectId}|${view.id}|${route.param ?? ''}`}>{view.render(ctx)}</div>
      </>
    );
  }

  return (
    <TextsProvider language={language}>
      <main className={styles.main}>
        {showDevTools && lastMe && (
          <DevBanner
            timeZone={DEV_CLOCK_ZONE}
            groups={devPeople.value?.councils ?? []}
            currentUser={lastMe.user}
            clock={lastMe.devClock}
            onChooseUser={chooseDevUser}
          />
        )}
        {councils.length > 1 && council && (
          <div className={styles.picker}>
            <CouncilPicker councils={councils} councilId={council.id} onChoose={setChosenCouncilId} />
          </div>
        )}
        {content}
      </main>
    </TextsProvider>
  );
}
