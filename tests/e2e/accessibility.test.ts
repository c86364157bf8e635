import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MEMBERS, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { horizontalOverflow } from '../support/secretary-tab';
import { startTestApp, type RunningTestApp } from '../support/test-app';

/**
 * The tab's one accessibility matrix: axe-core on every view, as the
 * secretary (who sees every view) and as a member, in the three Teams themes,
 * at phone and desktop width; and the secretary's meeting and member forms
 * open, with their field messages. The views are read from the tab's own
 * navigation, so a view added later is checked without changing this file.
 * Where a view was checked for sideways scrolling (meetings, roster,
 * settings, the forms), it still is, at both widths.
 */
const browserTests = browserAvailability();

const THEMES = ['default', 'dark', 'contrast'] as const;
const WIDTHS = [320, 1280] as const;
const PEOPLE = [
  { who: 'secretary', aadObjectId: DEMO_SECRETARY },
  { who: 'member', aadObjectId: DEMO_MEMBERS.lynne },
] as const;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Views that must fit 320 px without sideways scrolling, for everyone who sees them. */
const MUST_FIT = new Set(['meetings', 'roster', 'settings']);

/** States inside a view that only the secretary reaches: opened after the view itself is checked. */
const SECRETARY_FORMS: { name: string; view: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'meeting-form',
    view: 'meetings',
    open: async (p) => {
      await p.getByTestId('meeting-create').click();
      await p.getByTestId('meeting-save').click(); // shows the field messages too
      await p.getByText('Må fylles ut.').first().waitFor();
    },
  },
  {
    name: 'member-form',
    view: 'roster',
    open: async (p) => {
      await p.getByTestId('member-edit').first().click();
      await p.getByTestId('member-form').waitFor();
    },
  },
];

interface Finding {
  where: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Opens the tab as a demo person; sessionStorage is where the dev picker keeps the choice. */
async function openTab(browser: Browser, baseUrl: string, aadObjectId: string, theme: string): Promise<Page> {
  // axe-core's runner opens a helper page in the same context, so the page needs a context of its own.
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), aadObjectId);
  await page.goto(`${baseUrl}/tab/?theme=${theme}`);
  await settle(page);
  return page;
}

/** Waits until the view has loaded its data (no spinner left). */
async function settle(page: Page): Promise<void> {
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
    for (const theme of THEMES) {
      it(`as the ${person.who} in the ${theme} theme: no violations in any view at either width`, async () => {
        const findings: Finding[] = [];
        const overflows: string[] = [];
        const audited: string[] = [];
        // One page per person and theme, narrowed and widened: each view in the same state at both widths.
        const page = await openTab(browser, running.baseUrl, person.aadObjectId, theme);
        const check = async (name: string, mustFit: boolean): Promise<void> => {
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            const where = `${person.who} ${name} ${theme} ${width}px`;
            audited.push(where);
            findings.push(...(await audit(page, where)));
            if (mustFit && (await horizontalOverflow(page)) !== 0) overflows.push(where);
            await page.screenshot({
              path: path.join(ARTIFACTS, `a11y-${person.who}-${name}-${theme}-${width}.png`),
              fullPage: true,
            });
          }
        };
        const views = await viewIds(page);
        // With a single view there is no navigation; the page itself is that view.
        for (const view of views.length > 0 ? views : ['start']) {
          if (views.length > 0) {
            // A hash change, as the navigation does: no reload of the bundle.
            await page.evaluate((id) => (window.location.hash = `#/${id}`), view);
            // The navigation shows the view chosen before its data is read; then wait for the data.
            await page.locator(`[data-testid="nav-${view}"][aria-selected="true"]`).waitFor();
            await settle(page);
          }
          await check(view, MUST_FIT.has(view));
          for (const form of person.who === 'secretary' ? SECRETARY_FORMS.filter((f) => f.view === view) : []) {
            await form.open(page);
            await check(form.name, true);
          }
        }
        await page.context().close();
        // The secretary sees more views than a member; both see at least the upcoming meeting.
        expect(audited.length).toBeGreaterThanOrEqual(WIDTHS.length);
        if (person.who === 'secretary') {
          expect(audited.filter((w) => w.includes('-form '))).toHaveLength(SECRETARY_FORMS.length * WIDTHS.length);
        }
        expect(findings).toEqual([]);
        expect(overflows).toEqual([]);
      }, 300_000);
    }
  }
});
