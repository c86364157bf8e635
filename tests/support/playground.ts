import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { freePort } from '../../bot/src/dev/azurite';
import { findPlaygroundUser, playgroundConfig, startPlayground as spawnPlayground } from '../../bot/src/dev/playground';
import { ARTIFACTS } from './browser';

/**
 * The Microsoft 365 Agents Playground (npm @microsoft/teams-app-test-tool) as a
 * real chat client in browser tests. See docs/dev/agents-playground.md for what
 * it sends and which selectors work.
 */

export interface TestPlayground {
  /** The page to open, e.g. http://localhost:41234 */
  url: string;
  port: number;
  /** Its own log (devTools/m365agentsplayground.log in a temp folder). */
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the Playground against a bot endpoint on a free port, in a temp
 * working directory (its devTools/ log stays out of the repo), and waits
 * until GET /_debug/ping answers. `actAs` (a mock user's name, first name,
 * aadObjectId or "user-id-N") replaces Alex Wilber as the acting user.
 */
export async function startPlayground(botMessagesUrl: string, options: { actAs?: string } = {}): Promise<TestPlayground> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'utvalg-playground-'));
  try {
    let configFile: string | undefined;
    if (options.actAs) {
      const user = findPlaygroundUser(options.actAs);
      if (!user) throw new Error(`Not a Playground mock user: ${options.actAs}`);
      configFile = path.join(cwd, '.m365agentsplayground.yml');
      writeFileSync(configFile, playgroundConfig(user));
    }
    const running = await spawnPlayground({ botMessagesUrl, port: await freePort(), cwd, configFile, timeoutMs: 30_000 });
    return {
      url: running.url,
      port: running.port,
      logFile: running.logFile,
      stop: async () => {
        await running.stop();
        rmSync(cwd, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(cwd, { recursive: true, force: true });
    throw error;
  }
}

/** The Playground's chats, as their tree items are labelled. */
export type PlaygroundChat = 'Personal Chat' | 'Group Chat' | 'My Team - General' | 'My Team - Announcements';

const MESSAGE_BOX = '[data-lexical-editor="true"][role="textbox"]';
/** Outside the chat list (its previews repeat the last message) and the log panel / editors (contenteditable). */
const CONVERSATION_ONLY = ':not([role="tree"] *):not([contenteditable] *)';

/**
 * Opens the Playground in a new page and waits until it shows the personal
 * chat. Requests to anything but this machine are aborted (it asks a CDN for
 * fonts). Page errors are collected in the returned list.
 */
export async function openPlayground(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
  });
  await page.goto(url);
  await page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor({ timeout: 20_000 });
  await page.locator(MESSAGE_BOX).first().waitFor({ timeout: 20_000 });
  return { page, errors };
}

/**
 * Switches chats. The first time a chat is picked in a page the Playground
 * "installs" the app there: the bot gets installationUpdate + conversationUpdate.
 */
export async function selectChat(page: Page, chat: PlaygroundChat): Promise<void> {
  await page.getByRole('treeitem', { name: chat, exact: true }).click();
  await page.locator(MESSAGE_BOX).first().waitFor();
}

/**
 * Types a message and sends it. In the group chat and channels the bot only
 * receives messages that @mention it: pass `mention` (the bot's name, "Test Bot").
 * In a channel this starts a new post (the "Post" button); use `replyInThread`
 * to answer in the thread of the newest post that contains a text instead.
 */
export async function sendMessage(
  page: Page,
  text: string,
  options: { mention?: string; replyInThread?: string } = {},
): Promise<void> {
  const post = page.getByRole('button', { name: 'Post', exact: true });
  const inChannel = await post.isVisible();
  let box = page.locator(MESSAGE_BOX).first();
  let send = inChannel ? post : page.locator('button[aria-label="Send Message"]').first();
  if (options.replyInThread) {
    const thread = page.locator('div[role="group"].fui-Card').filter({ hasText: options.replyInThread }).last();
    box = thread.locator(MESSAGE_BOX).last();
    send = thread.locator('button[aria-label="Send Message"]').last();
  }
  await box.click();
  if (options.mention) {
    await page.keyboard.type(`@${options.mention.slice(0, 3)}`);
    await page.getByRole('menuitem', { name: options.mention }).click();
    await page.keyboard.type(` ${text}`);
  } else {
    await box.fill(text);
  }
  await send.click();
}

/** One message from the bot in a chat (user messages are not `.fai-OutputCard`). */
const BOT_MESSAGE = '.fai-OutputCard';

/** How many bot messages the open chat shows. */
export function botMessageCount(page: Page): Promise<number> {
  return page.locator(BOT_MESSAGE).count();
}

/**
 * Sends a message and waits for the bot's next message to contain a text.
 * Returns that message: when a card action replaces the card in place, the
 * same locator shows the new card (see waitForCardIn).
 */
export async function sendAndWaitForReply(
  page: Page,
  text: string,
  replyText: string | RegExp,
  timeout = 15_000,
): Promise<Locator> {
  const before = await botMessageCount(page);
  await sendMessage(page, text);
  const reply = page.locator(BOT_MESSAGE).nth(before);
  await reply.filter({ hasText: replyText }).waitFor({ timeout });
  return reply;
}

/** The newest bot message that shows a text (e.g. a card sent before). */
export async function lastBotMessageWith(page: Page, text: string | RegExp): Promise<Locator> {
  const count = await botMessageCount(page);
  for (let i = count - 1; i >= 0; i--) {
    const message = page.locator(BOT_MESSAGE).nth(i);
    if ((await message.filter({ hasText: text }).count()) > 0) return message;
  }
  throw new Error(`No bot message shows ${String(text)}`);
}

/** Waits until a bot message (from sendAndWaitForReply) shows a card with this text, and returns the card. */
export async function waitForCardIn(message: Locator, text: string | RegExp, timeout = 15_000): Promise<Locator> {
  const card = message.locator('.ac-adaptiveCard').filter({ hasText: text });
  await card.waitFor({ timeout });
  return card;
}

/** What the page sent for an Action.Execute press: the verb and the data, inputs included or not. */
export interface CardActionSent {
  verb: string;
  data: Record<string, unknown>;
}

/**
 * Records the Action.Execute presses the page sends to the Playground (its
 * own invoke route), to see which input values go with them. Only watches:
 * the test presses buttons like a person.
 */
export function watchCardActions(page: Page): CardActionSent[] {
  const sent: CardActionSent[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/_conversation/v1/invoke')) return;
    const body = request.postDataJSON() as { value?: { action?: { verb?: unknown; data?: unknown } } } | null;
    const action = body?.value?.action;
    if (typeof action?.verb === 'string') sent.push({ verb: action.verb, data: (action.data ?? {}) as Record<string, unknown> });
  });
  return sent;
}

/** Waits for a text in the conversation (a bot reply, or any message) and returns its element. */
export async function waitForText(page: Page, text: string | RegExp, timeout = 15_000): Promise<Locator> {
  const found = page.getByText(text).and(page.locator(CONVERSATION_ONLY)).last();
  await found.waitFor({ timeout });
  return found;
}

/**
 * Waits for an Adaptive Card containing a text (or every text of a list, to tell one
 * meeting's card from another's with the same heading) and returns the newest such card.
 */
export async function waitForCard(page: Page, text: string | RegExp | (string | RegExp)[], timeout = 15_000): Promise<Locator> {
  const texts = Array.isArray(text) ? text : [text];
  const card = texts.reduce((cards, t) => cards.filter({ hasText: t }), page.locator('.ac-adaptiveCard')).last();
  await card.waitFor({ timeout });
  return card;
}

/** Clicks a card's action button by its title (Action.Execute, Action.Submit, …). */
export async function clickCardButton(card: Locator, title: string): Promise<void> {
  await card.getByRole('button', { name: title, exact: true }).click();
}

/** Fills an Input.Text (single or multi-line) by its label. */
export async function fillCardInput(card: Locator, label: string, value: string): Promise<void> {
  await card.getByLabel(label).fill(value);
}

/** Picks a choice in an expanded Input.ChoiceSet (radio buttons) by the choice's title. */
export async function chooseCardRadio(card: Locator, choice: string): Promise<void> {
  await card.getByRole('radio', { name: choice, exact: true }).check();
}

/** Picks a choice in a compact Input.ChoiceSet (a Fluent combobox) by its label and the choice's title. */
export async function chooseCardOption(card: Locator, label: string, choice: string): Promise<void> {
  await card.getByRole('combobox', { name: label }).click();
  await card.page().getByRole('option', { name: choice, exact: true }).click();
}

/** Saves a screenshot in tests/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), ...options });
}
