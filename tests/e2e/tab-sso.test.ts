import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { HOST_URL, installFakeTeams, TAB_ORIGIN, type TokenAnswer } from '../support/fake-teams-host';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../support/sso-test-app';
import { signToken } from '../support/sso-tokens';

const browserTests = browserAvailability();

async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await locator.waitFor();
  expect(await locator.textContent()).toMatch(pattern);
}

(browserTests.run ? describe : describe.skip)('the tab inside (a stand-in for) Teams, signed in with SSO', () => {
  let running: SignedSsoTestApp;
  let browser: Browser;
  let context: BrowserContext;
  /** What the fake Teams answers to the next getAuthToken; tests change it. */
  let answer: () => Promise<TokenAnswer>;
  const bearerTokensSeen: string[] = [];

  const secretaryToken = async (): Promise<TokenAnswer> => ({
    token: await signToken(running.key, { now: new Date(), aadObjectId: DEMO_SECRETARY }),
  });

  beforeAll(async () => {
    running = await startSignedSsoTestApp({ keyId: 'e2e-key' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  beforeEach(async () => {
    answer = secretaryToken;
    bearerTokensSeen.length = 0;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await installFakeTeams(context, { baseUrl: running.baseUrl, answer: () => answer() });
    context.on('request', (request) => {
      if (!request.url().startsWith(`${TAB_ORIGIN}/api/`)) return;
      const authorization = request.headers()['authorization'];
      if (authorization) bearerTokensSeen.push(authorization);
    });
  });
  afterEach(() => context.close());

  const openTab = async (): Promise<FrameLocator> => {
    const page = await context.newPage();
    await page.goto(HOST_URL);
    return page.frameLocator('#tab');
  };

  it('gets the token from Teams, sends it as a bearer token, and shows the secretary the council', async () => {
    const tab = await openTab();
    await tab.getByTestId('meeting-title').waitFor();
    await expectText(tab.locator('h1'), /Brukerutvalget i NAV Vestfold og Telemark/);
    expect(await tab.getByTestId('dev-banner').count()).toBe(0);
    expect(await tab.getByTestId('dev-user-picker').count()).toBe(0);
    expect(bearerTokensSeen.length).toBeGreaterThan(0);
    expect(bearerTokensSeen.every((h) => /^Bearer ey[\w-]+\.[\w-]+\.[\w-]+$/.test(h))).toBe(true);
    await context.pages()[0]!.screenshot({ path: path.join(ARTIFACTS, 'tab-sso-signed-in.png'), fullPage: false });
  });

  it('explains missing consent, and signs in once the person has consented and tries again', async () => {
    answer = () => Promise.resolve({ failure: 'resourceRequiresConsent' });
    const tab = await openTab();
    await expectText(tab.getByTestId('error'), /Utvalg trenger din tillatelse/);
    expect(bearerTokensSeen).toEqual([]);
    await context.pages()[0]!.screenshot({ path: path.join(ARTIFACTS, 'tab-sso-consent.png'), fullPage: false });

    answer = secretaryToken;
    // By keyboard: a mouse click inside the routed cross-origin frame never completes in headless Chromium.
    await tab.getByRole('button', { name: 'Prøv igjen' }).press('Enter');
    await tab.getByTestId('meeting-title').waitFor();
    expect(await tab.getByTestId('error').count()).toBe(0);
  });

  it('says so in the Teams language when the person cancels sign-in', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    await installFakeTeams(context, {
      baseUrl: running.baseUrl,
      answer: () => ({ failure: 'CancelledByUser' }),
      locale: 'en-gb',
    });
    const tab = await openTab();
    await expectText(tab.getByTestId('error'), /Sign-in was cancelled/);
    await context.pages()[0]!.screenshot({ path: path.join(ARTIFACTS, 'tab-sso-cancelled-320.png'), fullPage: false });
  });

  it('tells the person when the server refuses the token Teams gave (organisation without access)', async () => {
    answer = async () => ({ token: await signToken(running.key, { now: new Date(), tenantId: 'some-other-tenant' }) });
    const tab = await openTab();
    await expectText(tab.getByTestId('error'), /Utvalg godtok ikke innloggingen din fra Teams/);
    expect(bearerTokensSeen.length).toBeGreaterThan(0);
  });

  it('opens the package from a channel post\'s deep link, and downloads Word and PDF and opens "Skriv ut" through signed links that Teams opens and that work without a token', async () => {
    const meeting = (await running.app.deps.meetings.list(DEMO_COUNCIL_ID)).find((m) => m.value.status === 'collecting')!.value;
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await installFakeTeams(context, {
      baseUrl: running.baseUrl,
      answer: secretaryToken,
      tabPath: `/tab/#/package/${meeting.id}`,
    });
    const tab = await openTab();
    const host = context.pages()[0]!;
    const expected: [string, string, RegExp][] = [
      ['download-pdf', 'application/pdf', /^%PDF/],
      ['download-docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', /^PK/],
      ['print', 'text/html; charset=utf-8', /^<!doctype html>/i],
    ];
    for (const [button, contentType, start] of expected) {
      const before = await host.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks.length);
      // By keyboard: a mouse click inside the routed cross-origin frame never completes in headless Chromium.
      await tab.getByTestId(button).press('Enter');
      await host.waitForFunction((n) => (window as unknown as { openedLinks: string[] }).openedLinks.length > n, before);
      const opened = new URL(await host.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks.at(-1)!));
      expect(opened.origin).toBe(TAB_ORIGIN);
      expect(opened.pathname).toMatch(new RegExp(`/meetings/${meeting.id}/notice\\.(pdf|docx|html)$`));
      // The browser Teams hands it to has no Teams sign-in: the link alone must do.
      const response = await fetch(`${running.baseUrl}${opened.pathname}${opened.search}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toMatch(start);
    }
    expect(await tab.getByTestId('document-failed').count()).toBe(0);
  });
});
