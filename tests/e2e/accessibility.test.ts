import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MEMBERS, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { startTestApp, type RunningTestApp } from '../support/test-app';

/**
 * axe-core on every view of the tab, as the secretary (who sees every view)
 * and as a member, in the three Teams themes, at phone and desktop width.
 * The views are read from the tab's own navigation, so a view added later is
 * checked without changing this file.
 */
const browserTests = browserAvailability();

const THEMES = ['default', 'dark', 'contrast'] as const;
const WIDTHS = [320, 1280] as const;
const PEOPLE = [
  { who: 'secretary', aadObjectId: DEMO_SECRETARY },
  { who: 'member', aadObjectId: DEMO_MEMBERS.lynne },
] as const;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  where: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Opens the tab as a demo person; sessionStorage is where the dev picker keeps the choice. */
async function openTab(browser: Browser, baseUrl: string, aadObjectId: string, theme: string, width: number): Promise<Page> {
  // axe-core's runner opens a helper page in the same context, so the page needs a context of its own.
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), aadObjectId);
  await page.goto(`${baseUrl}/tab/?theme=${theme}`);
  await settle(page);
  return page;
}

/** Waits until the view has loaded its data (no spinner left). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main').waitFor();
  await page.waitForFunction(() => document.querySelector('main [role="progressbar"]') === null, undefined, {
    timeout: 15_000,
  });
}

async function viewIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="nav-"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-testid')));
  return ids.filter((id): id is string => id !== null).map((id) => id.slice('nav-'.length));
}

async function audit(page: Page, where: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // Fluent's focus sentinels (Tabster, inside the navigation's TabList once there are several views) are
    // focusable and aria-hidden by design: they hand focus on at once (microsoft/fluentui#27517, microsoft/tabster#288).
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations.map((v) => ({
    where,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

(browserTests.run ? describe : describe.skip)('accessibility of every tab view (axe-core, WCAG 2.1 A/AA)', () => {
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

  for (const person of PEOPLE) {
    it(`as the ${person.who}: no violations in any view, theme or width`, async () => {
      const findings: Finding[] = [];
      const audited: string[] = [];
      for (const theme of THEMES) {
        for (const width of WIDTHS) {
          const page = await openTab(browser, running.baseUrl, person.aadObjectId, theme, width);
          const views = await viewIds(page);
          // With a single view there is no navigation; the page itself is that view.
          for (const view of views.length > 0 ? views : ['start']) {
            if (views.length > 0) {
              // A hash change, as the navigation does: no reload of the bundle.
              await page.evaluate((id) => (window.location.hash = `#/${id}`), view);
              await settle(page);
            }
            const where = `${person.who} ${view} ${theme} ${width}px`;
            audited.push(where);
            findings.push(...(await audit(page, where)));
            if (width === 1280) {
              await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${person.who}-${view}-${theme}.png`), fullPage: true });
            }
          }
          await page.context().close();
        }
      }
      // The secretary sees more views than a member; both see at least the upcoming meeting.
      expect(audited.length).toBeGreaterThanOrEqual(THEMES.length * WIDTHS.length);
      expect(findings).toEqual([]);
    }, 600_000);
  }
});
