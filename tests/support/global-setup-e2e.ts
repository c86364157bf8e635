import startStorage from './global-setup';

/** Browser tests need the run's Azurite; each test file launches its own Chromium (see browser.ts). */
export default async function globalSetupE2e(): Promise<void> {
  await startStorage();
}
