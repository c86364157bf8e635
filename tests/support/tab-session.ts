import type { Browser } from 'playwright-core';
import { browserAvailability, launchChromium } from './browser';
import { startTestApp, type RunningTestApp } from './test-app';

/** A describe block that runs where Chromium is (and fails in CI where it is not: see browserAvailability). */
export function describeInBrowser(name: string, tests: () => void): void {
  (browserAvailability().run ? describe : describe.skip)(name, tests);
}

/** The server of a browser test file and its Chromium. */
export interface TabSession {
  running: RunningTestApp;
  browser: Browser;
}

/**
 * Registers beforeAll/afterAll in the calling describe: one server (the demo
 * council seeded unless told otherwise) and one Chromium for the whole file.
 * The returned object is filled in before the first test.
 */
export function useTabSession(options: Parameters<typeof startTestApp>[0] = {}): TabSession {
  const session = {} as TabSession;
  beforeAll(async () => {
    session.running = await startTestApp(options);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.running?.close();
  });
  return session;
}
