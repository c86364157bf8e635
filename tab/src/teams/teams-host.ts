// Talks to the Teams JavaScript SDK (with sso-token.ts); the rest of the tab sees a plain TeamsHost.
import { app } from '@microsoft/teams-js';
import { getSsoToken } from './sso-token';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHost {
  inTeams: boolean;
  theme: TeamsTheme;
  /** Teams UI locale, e.g. "nb-NO". */
  locale?: string;
  /** Entra SSO token for our API; only inside Teams. Rejects with SsoSignInFailed. */
  getAuthToken?: () => Promise<string>;
  /** A deep link's subEntityId (e.g. "package/<meetingId>"): the tab route to open first. */
  subPageId?: string;
  /** Calls the handler when the user switches theme in Teams; only inside Teams. */
  onThemeChange?: (handler: (theme: TeamsTheme) => void) => void;
  /**
   * Opens a web address through Teams (a document's signed link): Teams hands it to the system
   * browser on desktop and mobile and to a new browser tab on the web, where a download works as
   * it does not inside the Teams client. Only inside Teams.
   */
  openLink?: (url: string) => Promise<void>;
}

export const NOT_IN_TEAMS: TeamsHost = { inTeams: false, theme: 'default' };

export function toTeamsTheme(value: string | null | undefined): TeamsTheme | undefined {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : undefined;
}

/**
 * Connects to Teams if the page runs inside it. Outside Teams `app.initialize()`
 * neither resolves nor rejects, so a timeout decides; a late rejection is still caught.
 */
export async function connectTeams(timeoutMs = 1500): Promise<TeamsHost> {
  const initialized = app.initialize().then(
    () => true,
    () => false,
  );
  const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  if (!(await Promise.race([initialized, timedOut]))) return NOT_IN_TEAMS;

  // The manifest may ask Teams to show its loading indicator until we say we are ready.
  app.notifySuccess().catch((error: unknown) => console.warn('Teams notifySuccess failed', error));
  const context = await app.getContext().catch((error: unknown) => {
    console.warn('Teams context unavailable; using the default theme', error);
    return undefined;
  });
  return {
    inTeams: true,
    theme: toTeamsTheme(context?.app.theme) ?? 'default',
    locale: context?.app.locale,
    ...(context?.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    getAuthToken: getSsoToken,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toTeamsTheme(theme) ?? 'default')),
    openLink: (url) => app.openLink(url),
  };
}
