import type { Browser, Page } from 'playwright-core';
import { browserAvailability, launchChromium } from '../support/browser';
import { wcagViolations } from '../support/secretary-tab';

// The accessibility matrix passes only while its checker can fail: a page with known
// WCAG faults must come back with them, across the tab's hash navigation too.
const browserTests = browserAvailability();

(browserTests.run ? describe : describe.skip)('the WCAG checker the browser tests use', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names an image without a text alternative, an unnamed button and a page without a language', async () => {
    await page.setContent(
      '<html><head><title>t</title></head><body><main><img src="x.png"><button></button></main></body></html>',
    );
    const violations = await wcagViolations(page);
    expect(violations.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'html-has-lang']));
  });

  it('finds a fault added after the first check, and none once it is mended', async () => {
    await page.setContent('<html lang="nb"><head><title>t</title></head><body><main><p>Sakliste</p></main></body></html>');
    expect(await wcagViolations(page)).toEqual([]);
    await page.evaluate(() => {
      window.location.hash = '#/agenda';
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<input id="title" type="text">');
    });
    expect(await wcagViolations(page)).toEqual([expect.stringMatching(/^label: #title$/)]);
    await page.evaluate(() => document.querySelector('#title')?.setAttribute('aria-label', 'Tittel'));
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('leaves out only Fluent focus helpers (tabster dummies), not what sits beside them', async () => {
    await page.setContent(
      '<html lang="nb"><head><title>t</title></head><body><main>' +
        '<span data-tabster-dummy tabindex="0" aria-hidden="true"></span><button></button></main></body></html>',
    );
    expect((await wcagViolations(page)).map((v) => v.split(':')[0])).toEqual(['button-name']);
  });
});
