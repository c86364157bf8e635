/**
 * Links to a meeting's package in the tab: a web address (UTVALG_PUBLIC_URL)
 * and, when the Teams app id is known (TEAMS_APP_ID), a Teams deep link that
 * opens the tab inside Teams at the package.
 */

/** The tab's entityId in manifest/manifest.json (staticTabs); a test keeps the two in step. */
export const TAB_ENTITY_ID = 'utvalg-meetings';

/** The tab's route for a meeting package: #/package/<meetingId>, and Teams' subPageId for it. */
export function packageRoute(meetingId: string): string {
  return `package/${encodeURIComponent(meetingId)}`;
}

/** https://host/tab/#/<route> */
function tabWebUrl(publicUrl: string, route: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/tab/#/${route}`;
}

/**
 * https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context={"subEntityId":"<route>"}.
 * Teams hands `subEntityId` to the tab as `page.subPageId`, and the tab opens that route.
 * `webUrl` is where clients that cannot show the tab go instead.
 */
function tabTeamsLink(teamsAppId: string, route: string, label: string, webUrl?: string): string {
  const query = new URLSearchParams();
  if (webUrl !== undefined) query.set('webUrl', webUrl);
  query.set('label', label);
  query.set('context', JSON.stringify({ subEntityId: route }));
  // URLSearchParams writes spaces as '+'; Teams decodes the parameters as URI components.
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${TAB_ENTITY_ID}?${query.toString().replace(/\+/g, '%20')}`;
}

/** https://host/tab/#/package/<meetingId> */
export function packageWebUrl(publicUrl: string, meetingId: string): string {
  return tabWebUrl(publicUrl, packageRoute(meetingId));
}

/** The Teams deep link into the tab at a meeting's package (see tabTeamsLink). */
export function packageTeamsLink(teamsAppId: string, meetingId: string, label: string, webUrl?: string): string {
  return tabTeamsLink(teamsAppId, packageRoute(meetingId), label, webUrl);
}

/** What the app knows about where the tab lives (from settings); either may be missing in production. */
export interface TabLinkSettings {
  /** Origin the tab is served from, e.g. https://utvalg.example.no. */
  publicUrl?: string;
  /** The Teams app's id (manifest `id`); without it there is no deep link. */
  teamsAppId?: string;
}

export interface PackageLinks {
  web?: string;
  teams?: string;
}

/** A web link and a Teams deep link to one route of the tab, each as far as the settings allow. */
function tabViewLinks(settings: TabLinkSettings, route: string, label: string): PackageLinks {
  const links: PackageLinks = {};
  if (settings.publicUrl) links.web = tabWebUrl(settings.publicUrl, route);
  if (settings.teamsAppId) links.teams = tabTeamsLink(settings.teamsAppId, route, label, links.web);
  return links;
}

/** Links to a meeting's package in the tab (the notice and agenda-change posts). */
export function packageLinks(settings: TabLinkSettings, meetingId: string, label: string): PackageLinks {
  return tabViewLinks(settings, packageRoute(meetingId), label);
}

/** The tab's route for a meeting's minutes: #/minutes/<meetingId>. */
export function minutesRoute(meetingId: string): string {
  return `minutes/${encodeURIComponent(meetingId)}`;
}

/** Links to a meeting's minutes in the tab (the "minutes for approval" post). */
export function minutesLinks(settings: TabLinkSettings, meetingId: string, label: string): PackageLinks {
  return tabViewLinks(settings, minutesRoute(meetingId), label);
}
