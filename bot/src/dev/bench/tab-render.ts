import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-launch';

export interface TabRender {
  /** From navigation to every agenda item shown. */
  ms: number;
  /** Bytes on the wire (headers and compressed bodies), from Chromium's Network events. */
  bytes: number;
  requests: number;
}

/**
 * Opens the tab cold (a fresh browser context: no cache) `runs` times and
 * times each until the meeting title and `items` agenda items are on screen.
 */
export async function timeTabRenders(tabUrl: string, items: number, runs: number): Promise<TabRender[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const renders: TabRender[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength;
        requests += 1;
      });
      const start = process.hrtime.bigint();
      await page.goto(tabUrl);
      await page.getByTestId('meeting-title').waitFor({ timeout: 60_000 });
      await page
        .getByTestId('agenda-item')
        .nth(items - 1)
        .waitFor({ timeout: 60_000 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      renders.push({ ms, bytes, requests });
      await context.close();
    }
    return renders;
  } finally {
    await browser.close();
  }
}
