import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import { nextMeeting } from '../../bot/src/domain/meeting';
import { formatCaseNumber } from '../../bot/src/domain/case-number';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { focusedOnceSettled, wcagViolations } from '../support/secretary-tab';
import { ConnectorRecorder, type RecordedCall } from '../support/connector-recorder';
import { saveTeamConversation } from '../support/team-setup';
import { startTestApp, type RunningTestApp } from '../support/test-app';

/**
 * The secretary locks and sends the notice in the tab; a member opens the
 * meeting package and sees the numbered agenda; the package prints cleanly.
 * The demo council is linked to a team whose channel is a connector recorder.
 */
const browserTests = browserAvailability();
const ADAPTIVE_CARDS_JS = path.resolve(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.min.js');

(browserTests.run ? describe : describe.skip)('publishing the notice and reading the meeting package in Chromium', () => {
  const recorder = new ConnectorRecorder();
  const teamId = `19:${randomUUID()}@thread.tacv2`;
  let running: RunningTestApp;
  let browser: Browser;
  // A throw in a page listener is not tied to the running test: collect the page's errors and check after each test.
  const pageErrors: string[] = [];
  afterEach(() => expect(pageErrors.splice(0)).toEqual([]));
  let meetingId: string;
  let expectedNumbers: string[];

  beforeAll(async () => {
    await recorder.start();
    running = await startTestApp();
    browser = await launchChromium();
    const { deps } = running.app;
    const council = (await deps.councils.get(DEMO_COUNCIL_ID))!;
    await deps.councils.update({ ...council.value, teamId, channelId: teamId }, council.etag);
    await saveTeamConversation(deps.conversations, {
      serviceUrl: recorder.url,
      tenantId: DEMO_TENANT_ID,
      teamId,
      installer: { aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber' },
      now: new Date(),
    });
    const meetings = await deps.meetings.list(DEMO_COUNCIL_ID);
    meetingId = nextMeeting(
      meetings.map((m) => m.value),
      new Date(),
    )!.id;
    // The demo's own upcoming agenda has what this file reads: "Klage fra bruker …" exempt from public disclosure
    // (with content and an attachment the public version must leave out), and an attachment on the annual wheel.
    const status = (await (
      await fetch(`${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings/${meetingId}/publication`)
    ).json()) as { toNumber: { expected: { sequence: number; year: number }[] } };
    expectedNumbers = status.toNumber.expected.map(formatCaseNumber);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await recorder.stop();
  });

  async function open(aadObjectId: string, hash: string, options: { width?: number; theme?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), aadObjectId);
    await page.goto(`${running.baseUrl}/tab/${options.theme ? `?theme=${options.theme}` : ''}${hash}`);
    await page.getByTestId('package').waitFor();
    return page;
  }
  const channelPosts = () =>
    recorder.calls.filter(
      (c) => c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(teamId)}/activities` && c.status < 300,
    );
  const itemHeadings = (page: Page) => page.getByTestId('package-item').locator('h3').allInnerTexts();

  it('the secretary sees what will happen, locks and sends; one card goes to the channel', async () => {
    const page = await open(DEMO_SECRETARY, '#/package');
    await page.getByTestId('publish-notice').waitFor();
    expect(await page.getByTestId('package-notice-state').innerText()).toMatch(/^Innkallingen sendes senest /);
    expect(await itemHeadings(page)).toEqual([
      'Godkjenning av innkalling og referat',
      'Nytt fra NAV',
      expect.stringMatching(/^Årshjul for brukermedvirkning \d{4}$/),
      'Klage fra bruker på saksbehandlingen ved NAV Larvik',
      'Fagdag om veiledning og rus',
      'Eventuelt',
    ]);

    await page.getByTestId('publish-notice').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    const span = `${expectedNumbers[0]}–${expectedNumbers[5]}`;
    expect(await dialog.innerText()).toContain(`6 saker får saksnummer ${span}`);
    expect(await page.getByTestId('dialog-channel').innerText()).toContain('postes i utvalgets kanal');
    await page.screenshot({ path: path.join(ARTIFACTS, 'publish-dialog.png') });
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-feedback').getByText('Innkallingen er sendt. Kortet er postet i kanalen.').waitFor();
    await page
      .getByTestId('channel-post-state')
      .getByText(/^Kortet ble postet i kanalen /)
      .waitFor();
    await page.getByTestId('package-status').getByText('Innkalling sendt').waitFor();
    const headings = await itemHeadings(page);
    expect(headings.map((h) => h.split(' ')[0])).toEqual(expectedNumbers);
    expect(headings[0]).toBe(`${expectedNumbers[0]} Godkjenning av innkalling og referat`);
    expect(headings[5]).toBe(`${expectedNumbers[5]} Eventuelt`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'package-secretary-published.png'), fullPage: true });

    expect(channelPosts()).toHaveLength(1);
    await renderCard(channelPosts()[0]!, 'notice-card.png');
    await page.context().close();
  });

  it('a member (dev picker) opens the package from the link and sees the numbered agenda, without publish controls', async () => {
    const page = await open(DEMO_MEMBERS.adele, `#/package/${meetingId}`);
    await page.getByTestId('package-item').first().waitFor();
    const headings = await itemHeadings(page);
    expect(headings.map((h) => h.split(' ')[0])).toEqual(expectedNumbers);
    expect(await page.getByTestId('publish-panel').count()).toBe(0);
    expect(await page.getByTestId('package-notice-state').innerText()).toMatch(/^Innkallingen ble sendt /);
    const complaint = page.getByTestId('package-item').filter({ hasText: 'Klage fra bruker på saksbehandlingen ved NAV Larvik' });
    const wheel = page.getByTestId('package-item').filter({ hasText: 'Årshjul for brukermedvirkning' });
    expect(await complaint.getByTestId('item-exempt').innerText()).toBe(
      'Unntatt offentlighet (offl. § 13 jf. fvl. § 13 første ledd nr. 1)',
    );
    expect(await complaint.innerText()).toContain('søknaden om arbeidsavklaringspenger ble liggende i fire måneder');
    expect(await wheel.getByTestId('item-attachments').innerText()).toBe('Vedlegg 1: Utkast til årshjul');
    expect(await wheel.getByTestId('item-attachments').getByRole('link').getAttribute('href')).toBe(
      'https://nav.sharepoint.com/sites/brukerutvalg-vt/arshjul-utkast.docx',
    );
    expect(await complaint.getByTestId('item-attachments').getByRole('link').getAttribute('href')).toBe(
      'https://nav.sharepoint.com/sites/brukerutvalg-vt/klage-larvik.pdf',
    );

    // The public version keeps the case number and legal basis, shows the public title (the real one can itself
    // reveal what is secret) and leaves the content and its attachment out.
    await page.getByTestId('public-version').click();
    await page.getByTestId('public-version-banner').waitFor();
    const publicAgenda = await page.getByTestId('package-agenda').innerText();
    expect(publicAgenda).not.toContain('arbeidsavklaringspenger');
    expect(publicAgenda).not.toContain('Klage fra bruker');
    expect(publicAgenda).not.toContain('Klagen (anonymisert)');
    expect(await page.locator('a[href*="klage-larvik"]').count()).toBe(0);
    expect(await page.getByTestId('exempt-omitted').innerText()).toContain('unntatt offentlighet');
    expect((await itemHeadings(page)).filter((h) => h.endsWith(' Unntatt offentlighet'))).toHaveLength(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'package-member-public-version.png'), fullPage: true });

    // The member's own API calls to publish are refused too (with an ETag shaped like the server's, so only the role refuses it).
    const refused = await page.evaluate(async (url) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'X-Utvalg-Dev-User': sessionStorage.getItem('utvalg.devUser') ?? '',
          'If-Match': `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`,
        },
      });
      return response.status;
    }, `/api/councils/${DEMO_COUNCIL_ID}/meetings/${meetingId}/agenda-changes`);
    expect(refused).toBe(403);
    await page.context().close();
  });

  it('"Skriv ut" opens the notice as a printable document (lang, A4, links with their address); Word and PDF download', async () => {
    const page = await open(DEMO_SECRETARY, `#/package/${meetingId}`, { theme: 'dark' });
    await page.getByTestId('publish-panel').waitFor();
    const [printable] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('print').click()]);
    await printable.locator('h1').waitFor();
    // Every document arrives through a signed link, the one way that also works inside Teams.
    const links = [new URL(printable.url())];
    expect(await printable.locator('html').getAttribute('lang')).toBe('nb-NO');
    expect(await printable.title()).toBe('Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark');
    expect(await printable.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Saksliste', 'Innkalt', 'Forfall']));
    const numbers = (await printable.locator('h3').allInnerTexts())
      .filter((h) => /^\d+\/\d+ /.test(h))
      .map((h) => h.split(' ')[0]);
    expect(numbers).toEqual(expectedNumbers);
    await printable.emulateMedia({ media: 'print' });
    const looks = await printable.evaluate(() => {
      const link = document.querySelector('a[href^="https://nav.sharepoint.com"]')!;
      return {
        buttons: document.querySelectorAll('button, nav, script').length,
        color: getComputedStyle(document.querySelector('h3')!).color,
        background: getComputedStyle(document.body).backgroundColor,
        linkAfter: getComputedStyle(link, '::after').content,
        linkHref: link.getAttribute('href'),
      };
    });
    expect(looks).toMatchObject({ buttons: 0, color: 'rgb(0, 0, 0)' });
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(looks.background);
    expect(looks.linkAfter).toBe(`" (${looks.linkHref ?? ''})"`);
    await printable.screenshot({ path: path.join(ARTIFACTS, 'package-print-document.png'), fullPage: true });
    await printable.pdf({ path: path.join(ARTIFACTS, 'package.pdf'), format: 'A4' });

    for (const [button, extension, magic] of [
      ['download-pdf', 'pdf', '%PDF'],
      ['download-docx', 'docx', 'PK'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      links.push(new URL(download.url()));
      expect(download.suggestedFilename()).toMatch(new RegExp(`^innkalling-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
      const saved = await download.path();
      expect(readFileSync(saved).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    expect(links.map((link) => link.pathname.split('.').pop())).toEqual(['html', 'pdf', 'docx']);
    for (const link of links) {
      expect(link.searchParams.get('oid')).toBe(DEMO_SECRETARY);
      expect(link.searchParams.get('sig')).toMatch(/^[\w-]{43}$/);
    }
    await page.context().close();
  });

  it('shows a change after the notice, and the secretary sends it by keyboard: the new item gets the next number', async () => {
    const { deps } = running.app;
    await deps.work.create(DEMO_COUNCIL_ID, 'item', {
      id: 'safety',
      meetingId,
      order: 27,
      title: 'Sikkerhet ved NAV-kontorene',
      kind: 'discussion',
      responsible: 'Patti Fernandez',
    });
    recorder.reset();
    const page = await open(DEMO_SECRETARY, `#/package/${meetingId}`);
    await page.getByTestId('publish-changes').waitFor();
    expect(await page.getByTestId('package-changes-summary').innerText()).toBe('1 ny sak.');
    const added = page.getByTestId('package-item').filter({ hasText: 'Sikkerhet ved NAV-kontorene' });
    expect(await added.getByTestId('changed-after-notice').innerText()).toBe('Endret etter innkalling');
    expect(await added.innerText()).toContain('Får saksnummer når endringene sendes');

    await page.getByTestId('publish-changes').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('publish-dialog').waitFor();
    // The dialog takes focus; its first button sends.
    expect(await focusedOnceSettled(page, 'data-testid', 'publish-confirm')).toBe('publish-confirm');
    await page.keyboard.press('Enter');
    await page.getByTestId('publish-feedback').getByText('Endringene er sendt.', { exact: false }).waitFor();

    const next = Number(expectedNumbers[expectedNumbers.length - 1]!.split('/')[0]) + 1;
    await added
      .locator('h3')
      .getByText(new RegExp(`^${next}/\\d{2} Sikkerhet ved NAV-kontorene$`))
      .waitFor();
    const headings = await itemHeadings(page);
    expect(headings.filter((h) => !h.includes('Sikkerhet')).map((h) => h.split(' ')[0])).toEqual(expectedNumbers);
    expect(channelPosts()).toHaveLength(1);
    await renderCard(channelPosts()[0]!, 'agenda-changes-card.png');
    await page.screenshot({ path: path.join(ARTIFACTS, 'package-after-changes.png'), fullPage: true });
    await page.context().close();
  });

  it('tells the secretary when the channel post failed, and posts once when asked to try again', async () => {
    const { deps } = running.app;
    const other = `m-extra-${randomUUID().slice(0, 8)}`;
    const upcoming = (await deps.meetings.get(DEMO_COUNCIL_ID, meetingId))!.value;
    const startsAt = new Date(Date.parse(upcoming.startsAt) + 7 * 24 * 3600 * 1000).toISOString();
    const endsAt = new Date(Date.parse(upcoming.endsAt) + 7 * 24 * 3600 * 1000).toISOString();
    await deps.meetings.create({ ...upcoming, id: other, status: 'collecting', startsAt, endsAt, agendaLockedAt: undefined });
    await deps.work.apply(DEMO_COUNCIL_ID, other, [
      {
        op: 'create',
        kind: 'item',
        value: {
          id: 'approval',
          meetingId: other,
          order: 0,
          title: 'Godkjenning av innkalling og referat',
          kind: 'decision',
          standard: 'approval',
        },
      },
      {
        op: 'create',
        kind: 'item',
        value: { id: 'aob', meetingId: other, order: 1000, title: 'Eventuelt', kind: 'discussion', standard: 'anyOtherBusiness' },
      },
    ]);
    recorder.reset();
    recorder.failNext('POST', /\/activities$/, { status: 400 });

    const page = await open(DEMO_SECRETARY, `#/package/${other}`);
    await page.getByTestId('publish-notice').click();
    await page.getByTestId('publish-confirm').click();
    await page
      .getByTestId('publish-feedback')
      .getByText('Innkallingen er sendt. Kortet kunne ikke postes i kanalen.', { exact: false })
      .waitFor();
    await page.getByTestId('channel-post-state').getByText('Kortet kunne ikke postes i kanalen.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'package-post-failed.png'), fullPage: true });
    expect(channelPosts()).toHaveLength(0);

    await page.getByTestId('retry-post').click();
    await page.getByTestId('publish-feedback').getByText('Kortet er postet i kanalen.').waitFor();
    await page
      .getByTestId('channel-post-state')
      .getByText(/^Kortet ble postet i kanalen /)
      .waitFor();
    expect(await page.getByTestId('retry-post').count()).toBe(0);
    expect(channelPosts()).toHaveLength(1);
    await page.context().close();
  });

  it('fits 320 px and the dark and high-contrast themes', async () => {
    for (const [who, id] of [
      ['secretary', DEMO_SECRETARY],
      ['member', DEMO_MEMBERS.lynne],
    ] as const) {
      // One page a person, reloaded in each theme (a new browser context per theme cost a second each).
      const page = await open(id, `#/package/${meetingId}`, { width: 320 });
      for (const theme of ['default', 'dark', 'contrast']) {
        await page.goto(`${running.baseUrl}/tab/?theme=${theme}#/package/${meetingId}`);
        await page.getByTestId('package-item').first().waitFor();
        if (who === 'secretary') await page.getByTestId('publish-state').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) {
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .slice(0, 8)
              .map(
                (el) => `${el.tagName}.${el.getAttribute('data-testid') ?? ''} ${Math.round(el.getBoundingClientRect().width)}`,
              ),
          );
          console.log(wide);
          await page.screenshot({ path: path.join(ARTIFACTS, `package-${who}-${theme}-320.png`), fullPage: true });
        }
        expect(overflow).toBeLessThanOrEqual(0);
        // Lynne reads nynorsk.
        if (who === 'member') expect(await page.getByTestId('package-agenda').locator('h2').innerText()).toBe('Sakliste');
      }
      await page.context().close();
    }
  });

  /** Renders a posted card with the Adaptive Cards renderer, as Teams would, and keeps a screenshot. */
  async function renderCard(call: RecordedCall, file: string): Promise<void> {
    const card = (call.body as { attachments: { content: unknown }[] }).attachments[0]!.content;
    const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
    await page.setContent(
      '<!doctype html><html lang="nb"><body style="font-family:sans-serif"><div id="card"></div></body></html>',
    );
    await page.addScriptTag({ path: ADAPTIVE_CARDS_JS });
    const rendered = await page.evaluate((json) => {
      const AC = (
        window as unknown as {
          AdaptiveCards: { AdaptiveCard: new () => { parse(c: unknown): void; render(): HTMLElement | undefined } };
        }
      ).AdaptiveCards;
      const adaptive = new AC.AdaptiveCard();
      adaptive.parse(json);
      const element = adaptive.render();
      if (element) document.getElementById('card')!.appendChild(element);
      return element?.innerText ?? '';
    }, card);
    expect(rendered).toContain('Brukerutvalget i NAV Vestfold og Telemark');
    writeFileSync(path.join(ARTIFACTS, file.replace(/\.png$/, '.json')), JSON.stringify(card, null, 2));
    await page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: true });
    await page.close();
  }
});
