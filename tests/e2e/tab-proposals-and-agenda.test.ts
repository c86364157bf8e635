import path from 'node:path';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS } from '../support/browser';
import { tabTo } from '../support/secretary-tab';
import { aProposal } from '../support/storage-builders';
import { describeInBrowser, useTabSession } from '../support/tab-session';

/**
 * The secretary's proposals inbox and agenda builder in headless Chromium,
 * against the real server, Azurite and the demo council: by mouse and by
 * keyboard, as a member (no editing), and with two editors at once.
 */
describeInBrowser('Saksforslag and Saksliste in the tab', () => {
  const session = useTabSession();
  // A throw in a page listener is not tied to the running test: collect the page's errors and check after each test.
  const pageErrors: string[] = [];
  afterEach(() => expect(pageErrors.splice(0)).toEqual([]));
  let upcomingId: string;

  beforeAll(async () => {
    const meetings = await session.running.app.deps.meetings.list(DEMO_COUNCIL_ID);
    upcomingId = meetings.map((m) => m.value).find((m) => m.status === 'collecting')!.id;
  });

  async function open(view: string, options: { width?: number; query?: string; devUser?: string } = {}): Promise<Page> {
    // A context per page: axe needs one, and sessions (dev users) stay apart.
    const context = await session.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    // Fail at the step that is stuck, well within the test's own timeout.
    page.setDefaultTimeout(10_000);
    page.on('close', () => void context.close());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (options.devUser) {
      await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), options.devUser);
    }
    await page.goto(`${session.running.baseUrl}/tab/${options.query ?? ''}#/${view}`);
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const entry = (page: Page, title: string) => page.getByTestId('proposal-entry').filter({ hasText: title });
  const row = (page: Page, title: string) =>
    page.getByTestId('builder-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const builderTitles = (page: Page) => page.getByTestId('builder-item').locator('h3').allInnerTexts();
  const proposalsOf = async () =>
    (await session.running.app.deps.work.load(DEMO_COUNCIL_ID, upcomingId)).proposal.map((p) => p.value);

  it('lets the secretary accept one demo proposal and decline another with a reason', async () => {
    const page = await open('proposals');
    await page.getByRole('heading', { name: 'Saksforslag', level: 1 }).waitFor();
    await expect(entry(page, 'Egen e-postadresse for brukerutvalget').innerText()).resolves.toContain('Foreslått av Megan Bowen');
    await shot(page, 'proposals-inbox-1280');

    await entry(page, 'Egen e-postadresse for brukerutvalget').getByTestId('decide-accept').click();
    await page.getByTestId('decision-confirm').click();
    await expectText(page.getByTestId('live'), /«Egen e-postadresse for brukerutvalget» er satt opp på sakslisten\./);
    await expectText(
      page.getByTestId('decided-proposals').getByTestId('proposal-entry').filter({ hasText: 'Egen e-postadresse' }),
      /Satt opp på sakslisten/,
    );

    const security = entry(page, 'Sikkerhet ved NAV-kontorene');
    await security.getByTestId('decide-decline').click();
    // Without a reason the server refuses, and the form says so next to the field.
    await page.getByTestId('decision-confirm').click();
    await expectText(page.getByTestId('decision-form-decline'), /Dette må fylles ut\./);
    await page.getByTestId('decision-reason').fill('Tas opp i arbeidsmiljøutvalget, ikke i brukerutvalget.');
    await shot(page, 'proposals-decline-form-1280');
    await page.getByTestId('decision-confirm').click();
    await expectText(page.getByTestId('live'), /«Sikkerhet ved NAV-kontorene» er avslått\./);
    await shot(page, 'proposals-decided-1280');

    const stored = await proposalsOf();
    expect(stored.find((p) => p.id === 'p-epost')?.status).toBe('accepted');
    expect(stored.find((p) => p.id === 'p-sikkerhet')).toMatchObject({
      status: 'declined',
      decisionReason: 'Tas opp i arbeidsmiljøutvalget, ikke i brukerutvalget.',
      // The demo's proposers have never written to the bot.
      proposerNotified: { result: 'unreachable' },
    });
    await page.close();
  });

  it('adds an item with an attachment and an exemption, refusing a javascript: link', async () => {
    const page = await open('agenda');
    await page.getByTestId('agenda-builder').waitFor();
    // The accepted proposal is on the agenda, before Eventuelt.
    expect((await builderTitles(page)).slice(-2)).toEqual(['Egen e-postadresse for brukerutvalget', 'Eventuelt']);

    await page.getByTestId('add-item').click();
    const form = page.getByTestId('item-form');
    await form.getByTestId('item-title').fill('Brukerpanel Notodden – rapport');
    await form.getByTestId('item-kind').selectOption('briefing');
    await form.getByTestId('item-minutes').fill('15');
    await form.getByTestId('item-responsible').fill('Adele Vance');
    await form.getByTestId('add-attachment').click();
    await form.getByTestId('attachment-title').fill('Rapport fra brukerpanelet');
    await form.getByTestId('attachment-url').fill('javascript:alert(1)');
    await form.getByTestId('item-save').click();
    await expectText(form, /Skriv en nettadresse som begynner med https:\/\//);
    await form.getByTestId('attachment-url').fill('https://nav.sharepoint.com/sites/utvalg/rapport-brukerpanel.pdf');
    await form.getByTestId('item-exempt').click();
    await expect(form.getByTestId('item-legal-basis').inputValue()).resolves.toBe('offl. § 13, jf. fvl. § 13');
    await shot(page, 'agenda-item-form-1280');
    await form.getByTestId('item-save').click();

    await expectText(page.getByTestId('live'), /«Brukerpanel Notodden – rapport» er lagt til\./);
    const added = row(page, 'Brukerpanel Notodden – rapport');
    await expectText(added, /Unntatt offentlighet, offl\. § 13, jf\. fvl\. § 13/);
    // Vedlegg numbering runs across the meeting: the demo's annual wheel and complaint hold Vedlegg 1 and 2,
    // the accepted proposal's link is Vedlegg 3.
    await expectText(added.getByTestId('attachments'), /Vedlegg 4: Rapport fra brukerpanelet/);
    const link = added.getByRole('link', { name: 'Vedlegg 4: Rapport fra brukerpanelet' });
    expect(await link.getAttribute('href')).toBe('https://nav.sharepoint.com/sites/utvalg/rapport-brukerpanel.pdf');
    await shot(page, 'agenda-builder-1280');
    await page.close();
  });

  it('offers the item the previous meeting postponed, and adds it with its old number', async () => {
    const page = await open('agenda');
    const offer = page.getByTestId('postponed-offer').filter({ hasText: 'Brukerpanel Notodden' });
    await expectText(offer, /Utsatt fra \d+\/\d\d/);
    await offer.getByTestId('add-postponed').click();
    await expectText(page.getByTestId('live'), /«Brukerpanel Notodden» er lagt til\./);
    await expectText(row(page, 'Brukerpanel Notodden'), /Utsatt fra \d+\/\d\d/);
    expect(await page.getByTestId('postponed-offers').count()).toBe(0);
    await shot(page, 'agenda-postponed-added-1280');
    await page.close();
  });

  it('reorders by mouse and by keyboard alone, keeping focus on the moved item', async () => {
    const page = await open('agenda');
    await page.getByTestId('agenda-builder').waitFor();
    const before = await builderTitles(page);
    expect(before.slice(1, 3)).toEqual(['Nytt fra NAV', expect.stringMatching(/^Årshjul/)]);

    // Mouse: move "Nytt fra NAV" down one place.
    await row(page, 'Nytt fra NAV').getByTestId('move-down').click();
    await expectText(page.getByTestId('live'), /«Nytt fra NAV» er flyttet til plass 2 av \d+\./);
    expect((await builderTitles(page)).slice(1, 3)).toEqual([before[2], 'Nytt fra NAV']);

    // Keyboard: Tab to "move Fagdag … up", then Enter twice; focus stays on that button as the item moves.
    const label = 'Flytt opp «Fagdag om veiledning og rus»';
    await page.getByTestId('meeting-picker').focus();
    for (let i = 0; i < 80 && (await activeLabel(page)) !== label; i += 1) await page.keyboard.press('Tab');
    expect(await activeLabel(page)).toBe(label);
    // Fagdag stands after the demo's complaint: each Enter moves it one place up, announced, focus kept.
    const startPlace = (await builderTitles(page)).indexOf('Fagdag om veiledning og rus');
    expect(startPlace).toBeGreaterThan(1);
    for (let place = startPlace - 1; place >= 1; place -= 1) {
      await page.keyboard.press('Enter');
      await expectText(page.getByTestId('live'), new RegExp(`«Fagdag om veiledning og rus» er flyttet til plass ${place} av`));
      expect(await activeLabel(page)).toBe(label);
    }
    const after = await builderTitles(page);
    expect(after[0]).toBe('Godkjenning av innkalling og referat');
    expect(after[1]).toBe('Fagdag om veiledning og rus');
    expect(after.at(-1)).toBe('Eventuelt');
    // At the top, "up" stays focusable but does nothing.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-disabled'))).toBe('true');

    // What the page shows is what is stored.
    const stored = await session.running.app.deps.work.load(DEMO_COUNCIL_ID, upcomingId);
    const { orderAgenda } = await import('../../bot/src/domain/agenda');
    expect(orderAgenda(stored.item.map((r) => r.value)).map((i) => i.title)).toEqual(after);
    await page.close();
  });

  it('shows a member no editing controls, and the API refuses them (403)', async () => {
    const page = await open('agenda', { devUser: DEMO_MEMBERS.adele });
    await page.getByTestId('meeting-title').waitFor();
    expect(await page.getByTestId('nav-proposals').count()).toBe(0);
    expect(await page.getByTestId('nav-agenda').count()).toBe(0);
    expect(await page.getByTestId('move-up').count()).toBe(0);
    expect(await page.getByTestId('edit-item').count()).toBe(0);
    expect(await page.getByTestId('add-item').count()).toBe(0);
    const statuses = await page.evaluate(
      async ({ councilId, meetingId, adele }) => {
        const headers = { 'X-Utvalg-Dev-User': adele, 'Content-Type': 'application/json' };
        const base = `/api/councils/${councilId}/meetings/${meetingId}`;
        const calls = [
          fetch(`${base}/agenda`, { headers }),
          fetch(`${base}/agenda/items`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ id: 'x1', title: 'Mitt eget punkt', kind: 'discussion' }),
          }),
          fetch(`${base}/proposals`, { headers }),
          fetch(`${base}/proposals/p-fagdag-rus/decline`, {
            method: 'POST',
            // Shaped like an ETag the server gives out, so only the role can refuse it.
            headers: { ...headers, 'If-Match': `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"` },
            body: JSON.stringify({ decisionId: 'd1', reason: 'nei' }),
          }),
        ];
        return Promise.all(calls.map(async (c) => (await c).status));
      },
      { councilId: DEMO_COUNCIL_ID, meetingId: upcomingId, adele: DEMO_MEMBERS.adele },
    );
    expect(statuses).toEqual([403, 403, 403, 403]);
    await page.close();
  });

  it('tells the second of two editors of one item that someone else changed it, and reloads', async () => {
    const first = await open('agenda');
    const second = await open('agenda');
    for (const page of [first, second]) {
      await page.getByTestId('agenda-builder').waitFor();
      await row(page, 'Nytt fra NAV').getByTestId('edit-item').click();
    }
    await first.getByTestId('item-title').fill('Nytt fra NAV – regiondirektøren');
    await first.getByTestId('item-save').click();
    await expectText(first.getByTestId('live'), /er lagret/);

    await second.getByTestId('item-title').fill('Nytt fra NAV (overskriver)');
    await second.getByTestId('item-save').click();
    await expectText(second.getByTestId('conflict'), /Endret av noen andre — last inn på nytt/);
    await shot(second, 'agenda-conflict-1280');
    await second.getByTestId('conflict-reload').click();
    await row(second, 'Nytt fra NAV – regiondirektøren').waitFor();
    expect(await row(second, 'Nytt fra NAV (overskriver)').count()).toBe(0);
    await first.close();
    await second.close();
  });

  it('defers one proposal to a later meeting and merges another into an item, by keyboard alone', async () => {
    const { deps } = session.running.app;
    // Half a year ahead: after the demo's upcoming meeting, whatever day the test runs.
    const laterDate = DateTime.now().setZone('Europe/Oslo').plus({ months: 6 }).toISODate()!;
    const created = await fetch(`${session.running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        date: laterDate,
        startTime: '10:00',
        endTime: '12:00',
        place: 'NAV Notodden',
        requestId: 'later-1',
      }),
    });
    expect(created.status).toBe(201);
    const laterId = ((await created.json()) as { meeting: { id: string } }).meeting.id;
    await deps.work.create(
      DEMO_COUNCIL_ID,
      'proposal',
      aProposal(upcomingId, 'p-survey', DEMO_MEMBERS.isaiah, { title: 'Brukerundersøkelsen 2027' }),
    );
    await deps.work.create(
      DEMO_COUNCIL_ID,
      'proposal',
      aProposal(upcomingId, 'p-news', DEMO_MEMBERS.lynne, { title: 'Nytt fra kontorene' }),
    );

    const page = await open('proposals');
    await entry(page, 'Brukerundersøkelsen 2027').waitFor();
    await tabTo(page, entry(page, 'Brukerundersøkelsen 2027').getByTestId('decide-defer'), 200);
    await page.keyboard.press('Enter');
    // The list of later meetings gets focus; the one there is chosen.
    await expect(page.getByTestId('defer-target').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await page.getByTestId('defer-target').inputValue()).toBe(laterId);
    await tabTo(page, page.getByTestId('decision-confirm'));
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('live'), /«Brukerundersøkelsen 2027» er utsatt\./);
    await expectText(
      page.getByTestId('decided-proposals').getByTestId('proposal-entry').filter({ hasText: 'Brukerundersøkelsen 2027' }),
      new RegExp(`Utsatt til møtet \\p{L}+ ${Number(laterDate.slice(8))}\\. \\p{L}+ ${laterDate.slice(0, 4)}`, 'u'),
    );

    await tabTo(page, entry(page, 'Nytt fra kontorene').getByTestId('decide-merge'), 200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nytt fra NAV'); // the closed list jumps to the item whose title starts so
    await tabTo(page, page.getByTestId('decision-reason'));
    await page.keyboard.type('Tas under Nytt fra NAV.');
    await tabTo(page, page.getByTestId('decision-confirm'));
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('live'), /«Nytt fra kontorene» er slått sammen med en sak\./);
    await shot(page, 'proposals-deferred-merged-1280');

    const stored = await proposalsOf();
    const nav = (await deps.work.load(DEMO_COUNCIL_ID, upcomingId)).item.find((i) => i.value.title.startsWith('Nytt fra NAV'));
    expect(stored.find((p) => p.id === 'p-news')).toMatchObject({ status: 'merged', decision: { agendaItemId: nav?.value.id } });
    expect(stored.find((p) => p.id === 'p-survey')).toMatchObject({
      status: 'deferred',
      decision: { deferredTo: { meetingId: laterId } },
    });

    // The later meeting's inbox has it, waiting for a decision there.
    await page.goto(`${session.running.baseUrl}/tab/#/proposals/${laterId}`);
    await expectText(page.getByTestId('pending-proposals'), /Brukerundersøkelsen 2027/);
    await page.close();
  });
  // Both views (the agenda's new-item form open) in every theme, catalogue and width: tests/support/accessibility-matrix.ts.
});

async function activeLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  // Waits until the element shows the text (Playwright re-checks on every change), then says what it shows if not.
  await locator
    .first()
    .filter({ hasText: pattern })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  expect(await locator.first().innerText()).toMatch(pattern);
}
