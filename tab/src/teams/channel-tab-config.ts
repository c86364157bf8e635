// The channel tab's settings page talks to Teams here (tab/src/teams is the only place that imports
// teams-js); the page itself only offers a tab or takes the offer back.
import { pages } from '@microsoft/teams-js';

/** What Teams stores for a channel tab when the user presses Save. */
export interface ChannelTab {
  /** The page the tab opens. */
  contentUrl: string;
  /** The same page in a browser ("Go to website"). */
  websiteUrl: string;
  entityId: string;
  displayName: string;
}

/**
 * Offers `tab` for saving: Teams enables its Save button, and Save stores the tab. `undefined`
 * disables Save (e.g. while the name is empty). Call only after connectTeams() found Teams.
 */
export function offerChannelTab(tab: ChannelTab | undefined, onSaveFailed: (reason: string) => void): void {
  if (!tab) {
    pages.config.setValidityState(false);
    return;
  }
  pages.config.registerOnSaveHandler((saveEvent) => {
    const config = {
      contentUrl: tab.contentUrl,
      websiteUrl: tab.websiteUrl,
      entityId: tab.entityId,
      suggestedDisplayName: tab.displayName,
    };
    pages.config.setConfig(config).then(
      () => saveEvent.notifySuccess(),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        onSaveFailed(reason);
        saveEvent.notifyFailure(reason);
      },
    );
  });
  pages.config.setValidityState(true);
}
