import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ConfigRoot, isConfigPage } from './config/ConfigRoot';
import { chooseLanguage, languageFromQuery } from './texts/choose-language';
import { connectTeams, type TeamsHost, type TeamsTheme } from './teams/teams-host';
import { fluentTheme, themeFromQuery } from './theme/fluent-theme';
import { LoadingView } from './views/LoadingView';
import { textsFor } from '../../bot/src/texts/catalogue';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 } });

function Root() {
  useGlobalStyles();
  const styles = useStyles();
  const forcedTheme = themeFromQuery(window.location.search);
  const [host, setHost] = useState<TeamsHost>();
  const [theme, setTheme] = useState<TeamsTheme>(forcedTheme ?? 'default');

  useEffect(() => {
    let active = true;
    connectTeams().then(
      (connected) => {
        if (!active) return;
        setHost(connected);
        if (forcedTheme) return;
        setTheme(connected.theme);
        connected.onThemeChange?.(setTheme);
      },
      // connectTeams does not reject, but if it ever does the tab still works as a plain page.
      (error: unknown) => {
        console.warn('Could not connect to Teams', error);
        if (active) setHost({ inTeams: false, theme: 'default' });
      },
    );
    return () => {
      active = false;
    };
  }, [forcedTheme]);

  const language = chooseLanguage(languageFromQuery(window.location.search), undefined, undefined);
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
      {host ? <App host={host} /> : <LoadingView label={textsFor(language).app.loading} />}
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<StrictMode>{isConfigPage(window.location.search) ? <ConfigRoot /> : <Root />}</StrictMode>);
