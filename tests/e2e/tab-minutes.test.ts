import type { Browser, Page } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { textsFor } from '../../bot/src/texts/catalogue';
import { browserAvailability, launchChromium } from '../support/browser';
import { startTestApp, type RunningTestApp } from '../support/test-app';

const browserTests = browserAvailability();
const t = textsFor('nb').minutes;
const f = textsFor('nb').followUps;

/**
 * The demo's past meeting: the secretary opens its minutes, names Adele
 * minute-taker and writes one item, Adele writes another, all by keyboard
 * alone; the secretary writes a follow-up down under an item and marks it
 * done; she sends the draft for approval and Lynne, a member, reads it.
 */
(browserTests.run ? describe : describe.skip)('writing the minutes in the tab (headless Chromium)', () => {
  let running: RunningTestApp;
  let browser: Browser;
  let pastMeetingId: string;

  beforeAll(async () => {
    running = await startTestApp();
    const meetings = await running.app.deps.meetings.list(DEMO_COUNCIL_ID);
    const past = meetings.find((m) => m.value.status === 'held');
    if (!past) throw new Error('the demo has no held meeting');
    pastMeetingId = past.value.id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  async function open(as: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), as);
    await page.goto(`${running.baseUrl}/tab/#/minutes/${pastMeetingId}`);
    return page;
  }

  /** Presses Tab (only the keyboard) until the element matching `selector` has focus. */
  async function tabTo(page: Page, selector: string, maxPresses = 300): Promise<void> {
    for (let i = 0; i < maxPresses; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('the secretary and the minute-taker write by keyboard alone, then a member reads the draft', async () => {
    const secretary = await open(DEMO_SECRETARY);
    await secretary.getByTestId('minutes-hold').waitFor();
    await tabTo(secretary, '[data-testid="minutes-hold"]');
    await secretary.keyboard.press('Enter');
    await secretary.getByTestId('minutes-taker-select').waitFor();
    // Prefilled from the answers: Patti sent apologies (her reason was not allowed into the minutes).
    const apologies = await secretary.getByTestId('minutes-apologies-list').innerText();
    expect(apologies).toContain('Patti Fernandez');
    expect(apologies).not.toContain('sykdom');

    // Adele by her name, by keyboard: type-ahead in the select.
    await tabTo(secretary, '[data-testid="minutes-taker-select"]');
    await secretary.keyboard.type('Adele');
    await tabTo(secretary, '[data-testid="minutes-taker-save"]');
    await secretary.keyboard.press('Enter');
    await secretary.getByTestId('minutes-taker-name').filter({ hasText: 'Adele Vance' }).waitFor();

    await tabTo(secretary, '#minutes-notes-news-from-nav');
    await secretary.keyboard.type('Direktøren orienterte om ventetidene.');
    // Kept in the browser until the server has it.
    await secretary.getByTestId('minutes-unsaved').first().waitFor();
    await tabTo(secretary, '[data-testid="minutes-save-news-from-nav"]');
    await secretary.keyboard.press('Enter');
    await secretary.getByTestId('minutes-item-form-news-from-nav').getByText(t.saved).waitFor();
    expect(await secretary.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('utvalg.minutes')))).toEqual([]);

    // A follow-up under the same item: who by type-ahead, what, the due date prefilled with the next meeting's.
    const followUps = secretary.getByTestId('minutes-follow-ups-news-from-nav');
    await tabTo(secretary, '#follow-up-responsibleId-news-from-nav');
    await secretary.keyboard.type('Isaiah');
    await tabTo(secretary, '#follow-up-what-news-from-nav');
    await secretary.keyboard.type('Sende ventetidstallene til utvalget');
    await tabTo(secretary, '[data-testid="follow-up-add-news-from-nav"]');
    await secretary.keyboard.press('Enter');
    await followUps.getByText('Sende ventetidstallene til utvalget').waitFor();
    expect(await followUps.innerText()).toContain('Isaiah Langer');
    // Done, with a note, from the same list.
    await tabTo(secretary, '[data-testid="minutes-follow-ups-news-from-nav"] textarea[id^="follow-up-note-"]');
    await secretary.keyboard.type('Sendt 20. mai');
    await tabTo(secretary, '[data-testid="minutes-follow-ups-news-from-nav"] [data-testid^="follow-up-done-"]');
    await secretary.keyboard.press('Enter');
    await followUps.getByText(f.done('Sendt 20. mai')).waitFor();

    const adele = await open(DEMO_MEMBERS.adele);
    await tabTo(adele, '#minutes-decision-strategy');
    await adele.keyboard.type('Utvalget slutter seg til strategien.');
    await tabTo(adele, '[data-testid="minutes-save-strategy"]');
    await adele.keyboard.press('Enter');
    await adele.getByTestId('minutes-item-form-strategy').getByText(t.saved).waitFor();
    // The minute-taker writes; sending for approval is the secretary's.
    expect(await adele.getByTestId('minutes-send').count()).toBe(0);

    // Lynne sees nothing until the draft is sent.
    const lynne = await open(DEMO_MEMBERS.lynne);
    await lynne.getByTestId('minutes-not-available').waitFor();

    await secretary.reload();
    await tabTo(secretary, '[data-testid="minutes-send"]');
    await secretary.keyboard.press('Enter');
    await secretary.getByTestId('minutes-sent').waitFor();

    await lynne.reload();
    await lynne.getByText('Direktøren orienterte om ventetidene.').waitFor();
    const text = await lynne.locator('main').innerText();
    expect(text).toContain('Direktøren orienterte om ventetidene.');
    expect(text).toContain('Utvalget slutter seg til strategien.');
    expect(text).toContain('Sende ventetidstallene til utvalget');
    expect(text).toContain(textsFor('nn').followUps.done('Sendt 20. mai'));
    // Lynne reads nynorsk.
    expect(text).toContain(textsFor('nn').minutes.present);
    expect(text).toContain('Til stades');
    expect(await lynne.getByTestId('minutes-item-form-strategy').count()).toBe(0);
  }, 120_000);
});
