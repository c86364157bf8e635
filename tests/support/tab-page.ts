import type { Browser, Locator, Page } from 'playwright-core';

/**
 * Opens the tab (dev mode: as the demo secretary unless the picker says
 * otherwise) in a new page and waits until the upcoming meeting is shown.
 */
export async function openTab(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/tab/`);
  await page.getByTestId('meeting-title').waitFor({ timeout: 20_000 });
  return page;
}

/** The attendance line of one member in the tab ("Alex Wilber … Deltar digitalt"). */
export function attendanceLine(tab: Page, name: string): Locator {
  return tab.getByTestId('attendance-line').filter({ hasText: name });
}

/** Waits for the first element a locator finds and returns its text. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return locator.first().innerText();
}
