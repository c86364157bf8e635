import path from 'node:path';
import { DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS } from '../support/browser';
import { describeInBrowser, useTabSession } from '../support/tab-session';

describeInBrowser('the tab in headless Chromium', () => {
  const session = useTabSession();

  it('shows the demo council upcoming meeting, marked as dev mode', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.running.baseUrl}/tab/`);

    await page.getByTestId('meeting-title').waitFor();
    await expectText(page.getByTestId('dev-banner'), /Utviklingsmodus/);
    await expectText(page.locator('h1'), /Brukerutvalget i NAV Vestfold og Telemark/);
    await expectText(page.getByTestId('meeting-time'), /kl\. 10\.00–12\.30/);

    const items = await page.getByTestId('agenda-item').allTextContents();
    expect(items.length).toBe(6);
    expect(items[0]).toContain('Godkjenning av innkalling og referat');
    expect(items[3]).toContain('Klage fra bruker på saksbehandlingen ved NAV Larvik');
    expect(items[5]).toContain('Eventuelt');

    await expectText(page.getByTestId('proposals'), /Sikkerhet ved NAV-kontorene/);
    await expectText(page.getByTestId('attendance'), /Megan Bowen/);
    await expectText(page.getByTestId('not-answered'), /Lynne Robbins/);
    await expectText(page.getByTestId('input-requests'), /Hva skal det forventes av regionens brukerutvalg\?/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-demo-meeting-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${session.running.baseUrl}/tab/`);
    await page.getByTestId('agenda').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-demo-meeting-320.png'), fullPage: true });
  });

  it('lets the developer act as another demo member with the picker', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.running.baseUrl}/tab/`);
    const picker = page.getByTestId('dev-user-picker');
    await picker.waitFor();
    await picker.selectOption(DEMO_MEMBERS.lynne);
    // Lynne reads in nynorsk (her own language setting), dates included.
    await page.getByText('Ikkje svart').first().waitFor();
    await expectText(
      page.getByTestId('meeting-time'),
      /^(måndag|tysdag|onsdag|torsdag|fredag) \d+\. \p{L}+ \d{4} kl\. 10\.00–12\.30$/u,
    );
  });
});

async function expectText(locator: import('playwright-core').Locator, pattern: RegExp): Promise<void> {
  await locator.first().waitFor();
  expect(await locator.first().innerText()).toMatch(pattern);
}
