import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { chooseLanguage, languageFromQuery } from '../texts/choose-language';
import { offerChannelTab } from '../teams/channel-tab-config';
import { connectTeams, type TeamsHost } from '../teams/teams-host';
import { fluentTheme, themeFromQuery } from '../theme/fluent-theme';
import { LoadingView } from '../views/LoadingView';
import { ConfigPage } from './ConfigPage';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { TextsProvider } from '../texts/texts-context';

export { isConfigPage } from './channel-tab';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 } });

/** `/tab/?page=config`: the channel tab's settings page, in the Teams theme and language. */
export function ConfigRoot() {
  useGlobalStyles();
  const styles = useStyles();
  const forcedTheme = themeFromQuery(window.location.search);
  const [host, setHost] = useState<TeamsHost>();

  useEffect(() => {
    let active = true;
    connectTeams().then(
      (connected) => {
        if (active) setHost(connected);
      },
      (error: unknown) => {
        console.warn('Could not connect to Teams', error);
        if (active) setHost({ inTeams: false, theme: 'default' });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const language = chooseLanguage(languageFromQuery(window.location.search), undefined, host?.locale);
  // The root chooses the language, so it reads its own texts directly; the page below uses useTexts().
  const t = textsFor(language).config;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={fluentTheme(forcedTheme ?? host?.theme ?? 'default')} className={styles.root}>
      <TextsProvider language={language}>
        {host ? <ConfigPage offer={host.inTeams ? offerChannelTab : undefined} /> : <LoadingView label={t.loading} />}
      </TextsProvider>
    </FluentProvider>
  );
}
