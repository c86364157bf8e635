import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import type { Language } from '../../bot/src/domain/language';
import { textsFor } from '../../bot/src/texts/catalogue';
import type { AppDeps } from '../../bot/src/app/deps';
import { ARTIFACTS, browserAvailability, launchChromium } from './browser';
import { aMeeting } from './storage-builders';
import { horizontalOverflow, wcagViolations } from './secretary-tab';
import { startTestApp, type RunningTestApp } from './test-app';

/**
 * The tab's one accessibility matrix: axe-core on every view, as the
 * secretary (who sees every view) and as a member, in the three Teams themes,
 * at phone and desktop width; the secretary's forms open, with their field
 * messages; and the channel tab's settings page. The views are read from the
 * tab's own navigation, so a view added later is checked without changing
 * this file. Every view and form must fit 320 px without sideways scrolling.
 *
 * Each theme speaks another catalogue (default bokmål, dark nynorsk, high
 * contrast English), so every language meets axe and the narrow width too.
 * One test file per theme (accessibility-*-theme.test.ts) lets the two
 * workers share the matrix, the largest browser job of the run.
 */
export const THEMES = { default: 'nb', dark: 'nn', contrast: 'en' } as const satisfies Record<string, Language>;
export type Theme = keyof typeof THEMES;

const WIDTHS = [320, 1280] as const;
const PEOPLE = [
  { who: 'secretary', aadObjectId: DEMO_SECRETARY },
  { who: 'member', aadObjectId: DEMO_MEMBERS.lynne },
] as const;

/** States inside a view that only the secretary reaches: opened after the view itself is checked. */
/** Opens the minutes view of the demo meeting in `status`, as the secretary. */
async function openMinutesOf(p: Page, status: string): Promise<void> {
  const meetingId = await p.evaluate(
    async ({ councilId, secretary, status }) => {
      const answer = await fetch(`/api/councils/${councilId}/meetings`, { headers: { 'X-Utvalg-Dev-User': secretary } });
      const { meetings } = (await answer.json()) as { meetings: { id: string; status: string }[] };
      return meetings.find((m) => m.status === status)?.id;
    },
    { councilId: DEMO_COUNCIL_ID, secretary: DEMO_SECRETARY, status },
  );
  if (meetingId === undefined) throw new Error(`the demo has no meeting in status ${status}`);
  await p.evaluate((id) => (window.location.hash = `#/minutes/${id}`), meetingId);
}

const SECRETARY_FORMS: {
  name: string;
  view: string;
  open: (page: Page, language: Language, deps: AppDeps) => Promise<void>;
}[] = [
  {
    name: 'meeting-form',
    view: 'meetings',
    open: async (p, language) => {
      await p.getByTestId('meeting-create').click();
      await p.getByTestId('meeting-save').click(); // shows the field messages too
      await p.getByText(textsFor(language).editing.required, { exact: true }).first().waitFor();
    },
  },
  {
    // An approved meeting past the council's archive period: out of the lists above, in an "Arkiv" section of its own.
    name: 'meetings-archive-page',
    view: 'meetings',
    open: async (p, _language, deps) => {
      await deps.meetings.create(
        aMeeting(DEMO_COUNCIL_ID, `m-a11y-archived-${Date.now()}`, '2020-03-11', { status: 'archived' }),
      );
      await p.reload();
      await p.getByTestId('archived-meetings').waitFor();
      await settle(p);
    },
  },
  {
    name: 'agenda-item-form',
    view: 'agenda',
    open: async (p) => {
      await p.getByTestId('add-item').click();
    },
  },
  {
    name: 'drop-postponed-form',
    view: 'agenda',
    open: async (p) => {
      // The demo's upcoming meeting is offered the item its past meeting postponed.
      await p.getByTestId('drop-postponed').first().click();
      await p.getByTestId('drop-postponed-form').waitFor();
    },
  },
  {
    name: 'input-request-form',
    view: 'inputs',
    open: async (p, language) => {
      await p.getByTestId('new-request').click();
      await p.getByTestId('submit-request').click(); // an empty question: its field message shows
      await p.getByText(textsFor(language).inputs.questionRequired).first().waitFor();
    },
  },
  {
    name: 'calendar-feed-form',
    view: 'calendar',
    open: async (p) => {
      await p.getByTestId('calendar-feed-make').click();
      await p.getByTestId('calendar-feed-address').waitFor();
    },
  },
  {
    // The demo's upcoming meeting, not yet held: the form that marks it held (with "the notice went out another way").
    name: 'minutes-hold-form',
    view: 'minutes',
    open: async (p) => {
      await openMinutesOf(p, 'collecting');
      await p.getByTestId('minutes-hold-form').waitFor();
    },
  },
  {
    // The demo's newer past meeting, held with its minutes a draft: attendance, minute-taker, every item's editor
    // and the approval panel open at once.
    name: 'minutes-form',
    view: 'minutes',
    open: async (p) => {
      await openMinutesOf(p, 'minutesDraft');
      await p.getByTestId('minutes-attendance-form').waitFor();
      await settle(p);
    },
  },
  {
    // Under the first item of the held past meeting: the new follow-up form's field messages, then one follow-up open with its "mark as done" form.
    name: 'minutes-follow-ups-form',
    view: 'minutes',
    open: async (p, language) => {
      const form = p.locator('[data-testid^="follow-up-form-"]').first();
      await form.locator('button[type="submit"]').click();
      await form.getByText(textsFor(language).editing.required, { exact: true }).first().waitFor();
      const { meetingId, itemId } = await pastMinutes(p);
      await secretaryCall(p, 'POST', `/meetings/${meetingId}/follow-ups`, undefined, {
        id: `a11y-${Date.now()}`,
        responsibleId: DEMO_MEMBERS.isaiah,
        what: 'Sjekke om brukerpanelet kan møtes i Notodden',
        due: '2031-12-31',
        itemId,
      });
      await p.reload();
      await p.getByTestId('minutes-follow-up').first().waitFor();
      await settle(p);
    },
  },
  {
    // The same minutes sent, approved and frozen: the amendment form under each item, its field message shown.
    name: 'minutes-amend-form',
    view: 'minutes',
    open: async (p, language) => {
      const { meetingId, minutesEtag } = await pastMinutes(p);
      const sent = await secretaryCall<{ minutes: { etag: string } }>(
        p,
        'POST',
        `/meetings/${meetingId}/minutes/send-for-approval`,
        minutesEtag,
        {},
      );
      await secretaryCall(p, 'POST', `/meetings/${meetingId}/minutes/approve`, sent.minutes.etag, {});
      await p.reload();
      const form = p.locator('[data-testid^="minutes-amend-form-"]').first();
      await form.locator('button[type="submit"]').click();
      await form.getByText(textsFor(language).editing.required, { exact: true }).first().waitFor();
      await settle(p);
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

/** The held past meeting whose minutes the page shows: its id, first item and the minutes' ETag, read as the secretary. */
async function pastMinutes(p: Page): Promise<{ meetingId: string; itemId: string; minutesEtag: string }> {
  const meetingId = await p.evaluate(() => window.location.hash.split('/')[2] ?? '');
  const reply = await secretaryCall<{ minutes: { etag: string; draft: { items: { itemId: string }[] } } }>(
    p,
    'GET',
    `/meetings/${meetingId}/minutes`,
  );
  return { meetingId, itemId: reply.minutes.draft.items[0]!.itemId, minutesEtag: reply.minutes.etag };
}

/** A call to the demo council's API from the page, as the secretary; refuses anything but 2xx. */
async function secretaryCall<T = unknown>(p: Page, method: string, rest: string, etag?: string, body?: unknown): Promise<T> {
  return p.evaluate(
    async ({ url, method, etag, body, secretary }) => {
      const headers: Record<string, string> = { 'X-Utvalg-Dev-User': secretary, 'Content-Type': 'application/json' };
      if (etag !== undefined) headers['If-Match'] = etag;
      const answer = await fetch(url, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
      if (!answer.ok) throw new Error(`${method} ${url}: ${answer.status} ${await answer.text()}`);
      return (await answer.json()) as T;
    },
    { url: `/api/councils/${DEMO_COUNCIL_ID}${rest}`, method, etag, body, secretary: DEMO_SECRETARY },
  );
}

/** Opens the tab as a demo person; sessionStorage is where the dev picker keeps the choice. */
async function openTab(browser: Browser, baseUrl: string, aadObjectId: string, query: string): Promise<Page> {
  // One context per page, so the dev users' sessions stay apart.
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), aadObjectId);
  await page.goto(`${baseUrl}/tab/${query}`);
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

/** Whatever sticks out past the window, named so a failure says where to look (empty when it fits). */
async function sticksOut(page: Page): Promise<string[]> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
      .slice(0, 5),
  );
  const scroll = await horizontalOverflow(page);
  return scroll > 0 ? [`scrolls ${scroll}px sideways`, ...wide] : wide;
}

/** The matrix for one theme: one test per person, each view at both widths. */
export function describeAccessibilityMatrix(theme: Theme): void {
  const browserTests = browserAvailability();
  const language = THEMES[theme];
  const query = `?theme=${theme}&lang=${language}`;

  (browserTests.run ? describe : describe.skip)(
    `accessibility of every tab view in the ${theme} theme (axe-core, WCAG 2.1 A/AA)`,
    () => {
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
        it(`as the ${person.who} in ${language}: no violations and nothing sideways in any view at either width`, async () => {
          const findings: { where: string; violations: string[] }[] = [];
          const overflows: { where: string; elements: string[] }[] = [];
          const audited: string[] = [];
          // One page per person, narrowed and widened: each view in the same state at both widths.
          const page = await openTab(browser, running.baseUrl, person.aadObjectId, query);
          const check = async (name: string): Promise<void> => {
            for (const width of WIDTHS) {
              await page.setViewportSize({ width, height: 900 });
              const where = `${person.who} ${name} ${theme} ${width}px`;
              audited.push(where);
              // What the person sees once it has come in: a control still fading in has the contrast of half its colour.
              await page.waitForFunction(() =>
                document
                  .getAnimations()
                  .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
              );
              const violations = await wcagViolations(page);
              if (violations.length > 0) findings.push({ where, violations });
              const elements = await sticksOut(page);
              if (elements.length > 0) overflows.push({ where, elements });
              // A picture of what failed, for whoever reads the failure (a picture of every check cost 7 s a file).
              if (violations.length > 0 || elements.length > 0) {
                await page.screenshot({
                  path: path.join(ARTIFACTS, `a11y-${person.who}-${name}-${theme}-${width}.png`),
                  fullPage: true,
                });
              }
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
            await check(view);
            for (const form of person.who === 'secretary' ? SECRETARY_FORMS.filter((f) => f.view === view) : []) {
              await form.open(page, language, running.app.deps);
              await check(form.name);
            }
          }
          if (person.who === 'secretary') {
            // The channel tab's settings page, outside Teams as a browser shows it.
            await page.goto(`${running.baseUrl}/tab/${query}&page=config`);
            await page.getByTestId('tab-name').waitFor();
            await check('tab-config-page');
            // The printable notice "Skriv ut" opens: a document of its own, outside the tab's bundle, for each meeting.
            const listed = await fetch(`${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings`, {
              headers: { 'X-Utvalg-Dev-User': person.aadObjectId },
            });
            const { meetings } = (await listed.json()) as { meetings: { id: string; status: string }[] };
            for (const meeting of meetings) {
              for (const version of ['full', 'public']) {
                const document = `${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings/${meeting.id}/notice.html`;
                await page.goto(`${document}?version=${version}&lang=${language}&devUser=${person.aadObjectId}`);
                await page.locator('main h1').waitFor();
                await check(`notice-document-${version}-${meeting.status}`);
              }
            }
          }
          await page.context().close();
          // The secretary sees more views than a member; both see at least the upcoming meeting.
          expect(audited.length).toBeGreaterThanOrEqual(WIDTHS.length);
          if (person.who === 'secretary') {
            expect(audited.filter((w) => w.includes('-form ') || w.includes('-page '))).toHaveLength(
              (SECRETARY_FORMS.length + 1) * WIDTHS.length,
            );
          }
          expect(findings).toEqual([]);
          expect(overflows).toEqual([]);
        }, 600_000);
      }
    },
  );
}
