import startStorage from './global-setup';
import { startSharedBrowser } from './shared-browser';

/** Browser tests need the run's Azurite and one Chromium that every test file connects to. */
export default async function globalSetupE2e(): Promise<void> {
  await startStorage();
  await startSharedBrowser();
}
