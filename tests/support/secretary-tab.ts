import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';

export interface TabPageOptions {
  /** The demo member to act as (the dev picker's choice, kept per browser tab); default the demo secretary. */
  as?: string;
  theme?: 'default' | 'dark' | 'contrast';
  width?: number;
  /** navigator.language and Intl in the page. (Date and time inputs follow Chromium's own locale, see typeDate.) */
  locale?: string;
}

/** A fresh browser context and page on the tab, as a demo member, showing one view (#/viewId), in a theme and width. */
export async function openView(browser: Browser, baseUrl: string, viewId: string, options: TabPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  const page = await context.newPage();
  if (options.as !== undefined) {
    const id = options.as;
    await page.addInitScript((devUser) => sessionStorage.setItem('utvalg.devUser', devUser), id);
  }
  const query = options.theme && options.theme !== 'default' ? `?theme=${options.theme}` : '';
  await page.goto(`${baseUrl}/tab/${query}#/${viewId}`);
  return page;
}

/** Presses Tab until the focused element matches (keyboard-only navigation); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * WCAG 2.1 A and AA violations axe finds on the page, as short strings for a
 * readable failure. Fluent's focus helpers (tabster "dummy" elements around a
 * TabList) are focusable on purpose and aria-hidden so screen readers skip
 * them; axe's aria-hidden-focus flags them, a false positive Fluent and
 * Accessibility Insights document (microsoft/fluentui#27517,
 * microsoft/accessibility-insights-web#7605), so they alone are left out.
 *
 * axe.run() runs in the page itself (as @axe-core/playwright's legacy mode
 * does), without the blank helper page that its frame-by-frame mode opens to
 * merge results from cross-origin frames: the tab has none.
 * tests/e2e/accessibility-checker.test.ts shows that this finds violations.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  // axe-core is put into the page once and stays there across the tab's hash navigation
  // (@axe-core/playwright evaluates its 500 KB source again on every check).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      // Only violations are collected: passes and inapplicable rules are not serialized back.
      const result = await inPage.run(
        { exclude: [exclude] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: WCAG_TAGS, exclude: '[data-tabster-dummy]' },
  );
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** How far the page scrolls sideways (0 when it fits the width). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Types a date into a focused <input type="date"> as a keyboard user would.
 * Debian's Chromium ships only the en-US locale, so its date inputs take
 * month, day, year in that order whatever the page's language.
 */
export async function typeDate(page: Page, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

/** Types a 24-hour time (HH:mm) into a focused <input type="time"> with en-US segments (hh, mm, AM/PM). */
export async function typeTime(page: Page, time: string): Promise<void> {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  await page.keyboard.type(`${String(hour12).padStart(2, '0')}${String(m).padStart(2, '0')}${h < 12 ? 'A' : 'P'}`);
}

/**
 * An attribute (or the text) of the focused element once the page has moved
 * focus. The tab moves focus in a timer after React has drawn (focusField), so
 * on a busy machine it can land a moment after the message shows: wait up to
 * 5 s for the expected value, then return what is focused for the assertion.
 */
export async function focusedOnceSettled(
  page: Page,
  what: 'id' | 'data-testid' | 'textContent',
  expected: string,
): Promise<string | null> {
  const read = ([key]: readonly string[]): string | null => {
    const el = document.activeElement;
    if (!el) return null;
    return key === 'textContent' ? el.textContent : el.getAttribute(key ?? '');
  };
  await page
    .waitForFunction(
      ([key, want]) => {
        const el = document.activeElement;
        const value = !el ? null : key === 'textContent' ? el.textContent : el.getAttribute(key ?? '');
        return value === want;
      },
      [what, expected] as const,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  return page.evaluate(read, [what] as const);
}
