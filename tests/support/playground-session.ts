import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser';
import {
  botMessageCount,
  openPlayground,
  screenshot,
  selectChat,
  sendAndWaitForReply,
  startPlayground,
  watchCardActions,
  type CardActionSent,
  type TestPlayground,
} from './playground';
import { openTab } from './tab-page';
import { startTestApp, type RunningTestApp } from './test-app';

/** One person's chat with the bot: the server (demo council seeded), a Playground acting as them, and its page. */
export interface PlaygroundSession {
  running: RunningTestApp;
  playground: TestPlayground;
  browser: Browser;
  /** The Playground page, with the personal chat open. */
  page: Page;
  /** Errors the page threw. */
  errors: string[];
  /** Every Action.Execute press the page sent, in order. */
  sent: CardActionSent[];
  /** Runs a step and keeps a screenshot (`<prefix>-<name>.png`) of the chat afterwards, also when the step failed. */
  step(name: string, run: () => Promise<void>): Promise<void>;
  /** Types a message in the chat and waits for the bot's reply to show `replyText` (see sendAndWaitForReply). */
  send(text: string, replyText: string | RegExp, timeout?: number): Promise<Locator>;
  /** How many bot messages the chat shows. */
  botMessages(): Promise<number>;
  /** Keeps a screenshot of the chat as `<prefix>-<name>.png`. */
  screenshot(name: string): Promise<void>;
  /**
   * Opens the tab (as the demo secretary) on the same server, runs `check` on
   * it, keeps a full-page screenshot `<prefix>-tab.png` also when the check
   * failed, and closes it.
   */
  inTab(check: (tab: Page) => Promise<void>): Promise<void>;
}

/**
 * Registers beforeAll/afterAll in the calling describe: starts the app, a
 * Playground acting as `actAs` (default Alex Wilber), Chromium, and opens the
 * personal chat. The returned object is filled in before the first test.
 */
export function usePlaygroundSession(options: { actAs?: string; screenshotPrefix: string }): PlaygroundSession {
  const session = {} as PlaygroundSession;
  beforeAll(async () => {
    session.running = await startTestApp();
    session.playground = await startPlayground(`${session.running.baseUrl}/api/messages`, { actAs: options.actAs });
    session.browser = await launchChromium();
    const { page, errors } = await openPlayground(session.browser, session.playground.url);
    session.page = page;
    session.errors = errors;
    session.sent = watchCardActions(page);
    await selectChat(page, 'Personal Chat');
    session.screenshot = (name) => screenshot(page, `${options.screenshotPrefix}-${name}`);
    session.step = async (name, run) => {
      try {
        await run();
      } finally {
        await session.screenshot(name);
      }
    };
    session.send = (text, replyText, timeout) => sendAndWaitForReply(page, text, replyText, timeout);
    session.botMessages = () => botMessageCount(page);
    session.inTab = async (check) => {
      const tab = await openTab(session.browser, session.running.baseUrl);
      try {
        await check(tab);
      } finally {
        await screenshot(tab, `${options.screenshotPrefix}-tab`, { fullPage: true });
        await tab.close();
      }
    };
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.playground?.stop();
    await session.running?.close();
  }, 30_000);
  return session;
}
