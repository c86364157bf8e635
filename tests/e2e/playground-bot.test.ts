import type { Browser } from 'playwright-core';
import { browserAvailability, launchChromium } from '../support/browser';
import {
  openPlayground,
  screenshot,
  selectChat,
  sendMessage,
  startPlayground,
  waitForCard,
  type TestPlayground,
} from '../support/playground';
import { startTestApp, type RunningTestApp } from '../support/test-app';

const browserTests = browserAvailability();

(browserTests.run ? describe : describe.skip)('the bot in the Microsoft 365 Agents Playground (headless Chromium)', () => {
  let running: RunningTestApp;
  let playground: TestPlayground;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp();
    playground = await startPlayground(`${running.baseUrl}/api/messages`);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await running?.close();
  }, 30_000);

  it('answers "hjelp" in the personal chat with the help card, in bokmål for the demo secretary', async () => {
    const { page, errors } = await openPlayground(browser, playground.url);
    await selectChat(page, 'Personal Chat');
    await screenshot(page, 'playground-personal-chat');

    await sendMessage(page, 'hjelp');
    try {
      const card = await waitForCard(page, 'Hei! Jeg er Utvalg', 20_000);
      expect(await card.innerText()).toContain('Hei! Jeg er Utvalg');
    } finally {
      // Also on failure: shows what the bot answered instead.
      await screenshot(page, 'playground-help-card');
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
