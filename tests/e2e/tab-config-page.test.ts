import type { Page } from 'playwright-core';
import { describeInBrowser, useTabSession } from '../support/tab-session';

/**
 * The channel tab's settings page (/tab/?page=config), outside Teams as a browser shows it: Teams itself
 * (its Save button, teams-js) cannot run here; tests/unit/tab/channel-tab-config.test.ts covers that side.
 */
describeInBrowser('the channel tab settings page in headless Chromium', () => {
  const session = useTabSession({ seed: false });

  async function open(query: string, width: number): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${session.running.baseUrl}/tab/?page=config${query}`);
    await page.getByTestId('tab-name').waitFor();
    return page;
  }

  // axe and the width, in every theme and catalogue: tests/support/accessibility-matrix.ts.

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
