import type { ChannelTab } from '../teams/channel-tab-config';

/** One kind of channel tab: the council of the team the channel belongs to. */
export const CHANNEL_TAB_ENTITY_ID = 'utvalg-council';

/** `?page=config` opens the channel tab's settings page instead of the tab. */
export function isConfigPage(search: string): boolean {
  return new URLSearchParams(search).get('page') === 'config';
}

/**
 * The tab this settings page saves: the tab's own start page beside it (https://<domain>/tab/),
 * without the query, so the tab follows the Teams theme and language rather than this page's.
 */
export function channelTabFor(location: { origin: string; pathname: string }, displayName: string): ChannelTab | undefined {
  const name = displayName.trim();
  if (name === '') return undefined;
  const url = `${location.origin}${location.pathname}`;
  return { contentUrl: url, websiteUrl: url, entityId: CHANNEL_TAB_ENTITY_ID, displayName: name };
}
