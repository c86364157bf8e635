import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { publishNotice } from '../../bot/src/app/use-cases/publish-notice';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import { textsFor } from '../../bot/src/texts/catalogue';
import { browserAvailability, launchChromium } from '../support/browser';
import { aMeeting } from '../support/storage-builders';
import { startTestApp, type RunningTestApp } from '../support/test-app';

const browserTests = browserAvailability();
const t = textsFor('nb').minutes;
const f = textsFor('nb').followUps;

/**
 * The demo's upcoming meeting, once its notice is out and it has begun (the
 * demo's past meetings are held already): the secretary holds it, names Adele
 * minute-taker and writes one item, Adele writes another, all by keyboard
 * alone; the secretary writes a follow-up down under an item and marks it
 * done; she sends the draft for approval and Lynne, a member, reads it.
 */
(browserTests.run ? describe : describe.skip)('writing the minutes in the tab (headless Chromium)', () => {
  let running: RunningTestApp;
  let browser: Browser;
  let meetingId: string;

  beforeAll(async () => {
    let now = new Date();
    running = await startTestApp({ clock: () => now });
    const meetings = await running.app.deps.meetings.list(DEMO_COUNCIL_ID);
    const upcoming = meetings.find((m) => m.value.status === 'collecting');
    if (!upcoming) throw new Error('the demo has no upcoming meeting');
    meetingId = upcoming.value.id;
    await publishNotice(running.app.deps, {
      principal: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY },
      councilId: DEMO_COUNCIL_ID,
      meetingId: meetingId,
      ifMatch: upcoming.etag,
    });
    // The council has planned its next meeting: the minutes' Neste møte, and the due date a follow-up form prefills.
    const next = new Date(Date.parse(upcoming.value.startsAt) + 70 * 86_400_000).toISOString();
    await running.app.deps.meetings.create(
      aMeeting(DEMO_COUNCIL_ID, 'm-next-planned', next.slice(0, 10), {
        proposalDeadline: new Date(Date.parse(next) - 14 * 86_400_000).toISOString(),
        noticeDeadline: new Date(Date.parse(next) - 7 * 86_400_000).toISOString(),
      }),
    );
    now = new Date(Date.parse(upcoming.value.endsAt) + 10 * 60_000);
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
    await page.goto(`${running.baseUrl}/tab/#/minutes/${meetingId}`);
    return page;
  }

  /** Presses Tab (Shift+Tab with `back`: only the keyboard) until the element matching `selector` has focus. */
  async function tabTo(page: Page, selector: string, options: { back?: boolean } = {}): Promise<void> {
    for (let i = 0; i < 300; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('the secretary and the minute-taker write by keyboard alone, then a member reads the draft', async () => {
    const secretary = await open(DEMO_SECRETARY);
    await secretary.getByTestId('minutes-hold').waitFor();
    await tabTo(secretary, '[data-testid="minutes-hold"]');
    await secretary.keyboard.press('Enter');
    await secretary.getByTestId('minutes-taker-select').waitFor();
    // Prefilled from the answers: Tor sent apologies (his reason was not allowed into the minutes).
    const apologies = await secretary.getByTestId('minutes-apologies-list').innerText();
    expect(apologies).toContain('Tor Haugen');
    expect(apologies).not.toContain('Kollisjon');

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
    // In the list, not just still in the form's own field (a refused form keeps what was typed).
    const written = followUps.getByTestId('minutes-follow-up').filter({ hasText: 'Sende ventetidstallene til utvalget' });
    await written.waitFor();
    expect(await written.innerText()).toContain('Isaiah Langer');
    // Done, with a note, from the same list (above the form just used).
    await tabTo(secretary, '[data-testid="minutes-follow-ups-news-from-nav"] textarea[id^="follow-up-note-"]', { back: true });
    await secretary.keyboard.type('Sendt 20. mai');
    await tabTo(secretary, '[data-testid="minutes-follow-ups-news-from-nav"] [data-testid^="follow-up-done-"]');
    await secretary.keyboard.press('Enter');
    await followUps.getByText(f.done('Sendt 20. mai')).waitFor();

    const adele = await open(DEMO_MEMBERS.adele);
    await tabTo(adele, '#minutes-decision-fagdag-rus');
    await adele.keyboard.type('Utvalget slutter seg til strategien.');
    await tabTo(adele, '[data-testid="minutes-save-fagdag-rus"]');
    await adele.keyboard.press('Enter');
    await adele.getByTestId('minutes-item-form-fagdag-rus').getByText(t.saved).waitFor();
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
    expect(await lynne.getByTestId('minutes-item-form-fagdag-rus').count()).toBe(0);

    // She prints the draft and downloads it: the council's documents, in the council's language, marked Utkast.
    const [printable] = await Promise.all([lynne.context().waitForEvent('page'), lynne.getByTestId('print').click()]);
    await printable.locator('h1').waitFor();
    expect(await printable.locator('html').getAttribute('lang')).toBe('nb-NO');
    expect(await printable.locator('h1').innerText()).toMatch(/^Referat fra møte i .+ \(Utkast\)$/);
    expect(await printable.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Til stede', 'Forfall', 'Referent']));
    expect(await printable.locator('main').innerText()).toContain('Utvalget slutter seg til strategien.');
    const [download] = await Promise.all([lynne.waitForEvent('download'), lynne.getByTestId('download-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^referat-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
  }, 120_000);

  it('an item that cannot be postponed says why beside «Ikke behandlet», and the text typed stays', async () => {
    // Held by the test above; its draft, sent for approval, is still written.
    const secretary = await open(DEMO_SECRETARY);
    const form = secretary.getByTestId('minutes-item-form-any-other-business');
    await form.waitFor();
    await secretary.locator('#minutes-notes-any-other-business').fill('Ingen saker ble meldt.');
    const notReached = form.getByRole('checkbox', { name: t.notReached });
    await notReached.check();
    await secretary.getByTestId('minutes-save-any-other-business').click();
    // Eventuelt is a standard item: the server refuses to postpone it, and the form says so where it was asked.
    await form.getByText(textsFor('nb').problems.standardItemFixed).waitFor();
    expect(await secretary.locator('#minutes-notes-any-other-business').inputValue()).toBe('Ingen saker ble meldt.');

    await notReached.uncheck();
    expect(await form.getByText(textsFor('nb').problems.standardItemFixed).count()).toBe(0);
    await secretary.getByTestId('minutes-save-any-other-business').click();
    await form.getByText(t.saved).waitFor();
  }, 60_000);
});
