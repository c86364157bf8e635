import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { startTestApp, type RunningTestApp } from '../support/test-app';

/**
 * The channel tab's settings page (/tab/?page=config), outside Teams as a browser shows it: Teams itself
 * (its Save button, teams-js) cannot run here; tests/unit/tab/channel-tab-config.test.ts covers that side.
 */
const browserTests = browserAvailability();
const THEMES = ['default', 'dark', 'contrast'] as const;
const WIDTHS = [320, 1280] as const;

(browserTests.run ? describe : describe.skip)('the channel tab settings page in headless Chromium', () => {
  let running: RunningTestApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp({ seed: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  async function open(query: string, width: number): Promise<Page> {
    // A page of its own context: AxeBuilder opens a helper page in the same context.
    const context = await browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${running.baseUrl}/tab/?page=config${query}`);
    await page.getByTestId('tab-name').waitFor();
    return page;
  }

  it.each(THEMES.flatMap((theme) => WIDTHS.map((width) => [theme, width] as const)))(
    'has no WCAG 2.1 A/AA violations axe can find, in the %s theme at %i px, and fits the width',
    async (theme, width) => {
      const page = await open(`&theme=${theme}`, width);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `tab-config-${theme}-${width}.png`), fullPage: true });
      await page.context().close();
    },
  );

  it('explains in bokmål that Teams uses the page, with a labelled name field reached by keyboard', async () => {
    const page = await open('', 1280);
    expect(await page.locator('h1').innerText()).toBe('Legg til Utvalg i kanalen');
    expect(await page.getByTestId('not-in-teams').innerText()).toContain('Åpne kanalen i Teams');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await page.keyboard.press('Tab');
    const field = page.getByRole('textbox', { name: /Navn på fanen/ });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('Utvalg');
    await page.context().close();
  });

  it('says, next to the field, that the tab needs a name when it is emptied', async () => {
    const page = await open('&lang=en', 1280);
    const field = page.getByRole('textbox', { name: /Tab name/ });
    await field.fill('');
    await page.getByText('Enter a name for the tab.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('speaks nynorsk with ?lang=nn', async () => {
    const page = await open('&lang=nn', 320);
    expect(await page.getByRole('textbox', { name: /Namn på fana/ }).inputValue()).toBe('Utvalg');
    expect(await page.getByTestId('not-in-teams').innerText()).toContain('Opne kanalen i Teams');
    await page.context().close();
  });
});
