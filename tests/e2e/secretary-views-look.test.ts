import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { horizontalOverflow, openView, wcagViolations } from '../support/secretary-tab';
import { startTestApp, type RunningTestApp } from '../support/test-app';

const browserTests = browserAvailability();

/** The secretary's screens of this area, each opened the way a person gets there. */
const SCREENS: { name: string; view: string; as?: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'meetings', view: 'meetings', open: (p) => p.getByTestId('meeting-card').first().waitFor() },
  {
    name: 'meeting-form',
    view: 'meetings',
    open: async (p) => {
      await p.getByTestId('meeting-create').click();
      await p.getByTestId('meeting-save').click(); // shows the field messages too
      await p.getByText('Må fylles ut.').first().waitFor();
    },
  },
  { name: 'roster', view: 'roster', open: (p) => p.getByTestId('member-card').first().waitFor() },
  {
    name: 'member-form',
    view: 'roster',
    open: async (p) => {
      await p.getByTestId('member-edit').first().click();
      await p.getByTestId('member-form').waitFor();
    },
  },
  { name: 'roster-member', view: 'roster', as: DEMO_MEMBERS.adele, open: (p) => p.getByTestId('member-card').first().waitFor() },
  { name: 'settings', view: 'settings', open: (p) => p.getByTestId('settings-form').waitFor() },
];
const THEMES = ['default', 'dark', 'contrast'] as const;

(browserTests.run ? describe : describe.skip)('roster, meetings and settings in every theme, at 320 and 1280 px', () => {
  let running: RunningTestApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  for (const screen of SCREENS) {
    for (const theme of THEMES) {
      it(`${screen.name} (${theme}): no WCAG 2.1 A/AA violations, no sideways scrolling`, async () => {
        // One page per screen and theme, narrowed and widened: the same state at both widths.
        const page = await openView(browser, running.baseUrl, screen.view, { theme, width: 320, as: screen.as });
        await screen.open(page);
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          expect([width, await wcagViolations(page)]).toEqual([width, []]);
          expect([width, await horizontalOverflow(page)]).toEqual([width, 0]);
          await page.screenshot({ path: path.join(ARTIFACTS, `${screen.name}-${theme}-${width}.png`), fullPage: true });
        }
        await page.context().close();
      }, 90_000);
    }
  }
});
