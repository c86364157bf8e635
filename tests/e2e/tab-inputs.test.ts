import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { InputAnswersView } from '../../bot/src/app/use-cases/list-input-answers';
import { DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { BotHarness, PEOPLE } from '../support/bot-harness';
import { ARTIFACTS, browserAvailability, launchChromium } from '../support/browser';
import { tabApiCall } from '../support/tab-api-call';

const browserTests = browserAvailability();
const QUESTION_1 = 'Hva bør utvalget prioritere i årshjulet?';
const QUESTION_2 = 'Hvilke saker vil du ta opp med NAV-lederne?';

(browserTests.run ? describe : describe.skip)('attendance and input requests in the tab (headless Chromium)', () => {
  const bot = new BotHarness();
  let browser: Browser;
  let meetingId: string;

  beforeAll(async () => {
    await bot.start();
    meetingId = await bot.upcomingMeetingId();
    // Adele and Isaiah have written to the bot, so it can reach them 1:1; the others it cannot.
    for (const person of [PEOPLE.adele, PEOPLE.isaiah]) await bot.say(person, 'hjelp');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot.stop();
  });

  async function open(view: string, options: { as?: string; width?: number; theme?: string } = {}): Promise<Page> {
    // axe-core's runner needs a page from its own context.
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    if (options.as) {
      await page.addInitScript((id) => sessionStorage.setItem('utvalg.devUser', id), options.as);
    }
    const query = options.theme ? `?theme=${options.theme}` : '';
    await page.goto(`${bot.running.baseUrl}/tab/${query}#/${view}`);
    return page;
  }
  const pageErrors = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

  /** Presses Tab (only the keyboard) until the element matching `selector` has focus. */
  async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
    for (let i = 0; i < maxPresses; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  const secretaryList = async () =>
    (
      await tabApiCall<InputAnswersView>(
        bot.running.baseUrl,
        'GET',
        `/api/councils/${bot.councilId}/meetings/${meetingId}/input-requests`,
      )
    ).body;

  it('the secretary asks for input by keyboard only, sees a field error from the server, then the request is sent', async () => {
    const page = await open('inputs');
    await page.getByTestId('privacy-note').waitFor();
    expect(await page.getByTestId('privacy-note').innerText()).toContain('bare sekretæren og lederen ser innspillene før møtet');

    await tabTo(page, '[data-testid="new-request"]');
    await page.keyboard.press('Enter');
    // The form opens with the first question focused.
    await page.waitForFunction(() => document.activeElement?.id === 'iq-question-0');
    await page.keyboard.type(QUESTION_1);
    await tabTo(page, '#iq-add-question');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'iq-question-1');
    // Question 2 left blank: the server refuses it and the tab says so next to that field.
    await tabTo(page, '[data-testid="submit-request"]');
    await page.keyboard.press('Enter');
    await page.getByText('Skriv spørsmålet, eller fjern feltet.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('iq-question-1');
    expect(await page.locator('#iq-question-1').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-inputs-field-error-1280.png'), fullPage: true });

    await page.keyboard.type(QUESTION_2);
    await tabTo(page, '[data-testid="submit-request"]');
    await page.keyboard.press('Enter');
    const status = page.getByTestId('inputs-status');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="inputs-status"]')?.textContent?.includes('Forespørselen er lagret'),
    );
    const said = await status.innerText();
    // Everyone is asked by default; the secretary is not messaged about their own request.
    expect(said).toContain('sendt til 2 medlemmer');
    expect(said).toMatch(/Boten fikk ikke kontakt med: .*Megan Bowen/);
    await page.getByTestId('input-request-entry').filter({ hasText: QUESTION_1 }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-inputs-sent-1280.png'), fullPage: true });

    const stored = (await secretaryList()).requests.find((r) => r.request.questions[0]?.text === QUESTION_1);
    expect(stored?.request.questions.map((q) => q.text)).toEqual([QUESTION_1, QUESTION_2]);
    expect(stored?.request.askedMemberIds).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows an answer that came in through the bot, per question with the name, and who has not answered', async () => {
    const request = (await secretaryList()).requests.find((r) => r.request.questions[0]?.text === QUESTION_1)!.request;
    const pressed = await bot.press(PEOPLE.isaiah, 'submitInput', {
      councilId: bot.councilId,
      meetingId,
      requestId: request.id,
      answer_q1: 'Flere møter ute på lokalkontorene.',
      answer_q2: '',
    });
    expect(pressed.card?.texts).toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');

    const page = await open('inputs');
    const entry = page.getByTestId('input-request-entry').filter({ hasText: QUESTION_1 });
    await entry.waitFor();
    const [first, second] = await entry.getByTestId('question-answers').all();
    expect(await first!.innerText()).toMatch(/Isaiah Langer, \p{L}+ \d+\. \p{L}+ \d{4}\s+Flere møter ute på lokalkontorene\./u);
    expect(await second!.innerText()).toContain('Ingen svar ennå.');
    expect(await entry.getByTestId('not-answered').innerText()).not.toContain('Isaiah Langer');
    expect(await entry.getByTestId('answered-count').innerText()).toMatch(/^1 av \d+ har svart$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-inputs-1280.png'), fullPage: true });

    // Another answer arrives while the page is open: "Oppdater" shows it.
    await bot.press(PEOPLE.adele, 'submitInput', {
      councilId: bot.councilId,
      meetingId,
      requestId: request.id,
      answer_q2: 'Ventetid på telefon.',
    });
    await page.getByTestId('refresh').click();
    await entry.getByText('Ventetid på telefon.').waitFor();
    expect(await page.getByTestId('inputs-status').innerText()).toBe('Oppdatert.');
  });

  it('the secretary sees attendance grouped, with the reason for apologies and the expected quorum', async () => {
    const page = await open('attendance');
    const quorum = page.getByTestId('quorum-summary');
    await quorum.waitFor();
    expect(await quorum.innerText()).toContain('Ikke vedtaksført etter svarene så langt');
    expect(await quorum.innerText()).toContain('3 av 7 stemmeberettigede ventes til stede. Minst 4 må være til stede.');
    expect(await page.getByTestId('attendance-group-deputy').innerText()).toContain('Varamedlem: Ola Berg');
    expect(await page.getByTestId('attendance-group-apologies').innerText()).toContain('Grunn: Kollisjon med et annet møte');
    const notAnswered = await page.getByTestId('attendance-group-notAnswered').innerText();
    expect(notAnswered).toContain('Ikke svart (4)');
    expect(notAnswered).toContain('Lynne Robbins');
    expect(notAnswered).not.toContain('Sigrid Lunde'); // observer: no attendance duty
    expect(await page.getByTestId('observers').innerText()).toContain('Sigrid Lunde');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-attendance-1280.png'), fullPage: true });
    expect(pageErrors(page)).toEqual([]);
  });

  it('a member sees no editing controls, no apology reasons, only their own input, and the API refuses them (403)', async () => {
    const page = await open('inputs', { as: DEMO_MEMBERS.lynne });
    await page.getByTestId('privacy-note').waitFor();
    // Lynne reads nynorsk.
    expect(await page.getByTestId('privacy-note').innerText()).toContain('Før møtet ser du berre ditt eige svar.');
    await page.getByTestId('input-request-entry').first().waitFor();
    for (const control of ['new-request', 'edit-request', 'close-request', 'input-request-form', 'not-answered']) {
      expect(await page.getByTestId(control).count()).toBe(0);
    }
    expect(await page.getByText('Flere møter ute på lokalkontorene.').count()).toBe(0);
    expect(await page.getByText('At de møtes minst fire ganger i året og får sakene i god tid.').count()).toBe(0);

    const status = await page.evaluate(
      async ({ base, id }) => {
        const response = await fetch(`${base}/input-requests`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Utvalg-Dev-User': id },
          body: JSON.stringify({
            id: 'kapret',
            questions: [{ text: 'Kapret?' }],
            deadline: new Date(Date.now() + 86_400_000).toISOString(),
          }),
        });
        return response.status;
      },
      { base: `/api/councils/${bot.councilId}/meetings/${meetingId}`, id: DEMO_MEMBERS.lynne },
    );
    expect(status).toBe(403);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-inputs-member-1280.png'), fullPage: true });

    await page.goto(`${bot.running.baseUrl}/tab/#/attendance`);
    await page.getByTestId('quorum-summary').waitFor();
    expect(await page.getByTestId('attendance-group-apologies').innerText()).toContain('Tor Haugen');
    expect(await page.getByTestId('apology-reason').count()).toBe(0);
    expect(await page.getByText('Kollisjon').count()).toBe(0);
  });

  it('two editors: the second save gets "Endret av noen andre — last inn på nytt", and nothing is overwritten', async () => {
    const page = await open('inputs');
    const entry = page
      .getByTestId('input-request-entry')
      .filter({ hasText: 'Hva skal det forventes av regionens brukerutvalg?' });
    await entry.getByTestId('edit-request').click();
    await page.getByTestId('input-request-form').waitFor();

    // Meanwhile the chair moves the deadline of the same request.
    const before = (await secretaryList()).requests.find((r) => r.request.id === 'ir-forventninger')!;
    const moved = new Date(Date.parse(before.request.deadline) - 86_400_000).toISOString();
    const chairSaved = await tabApiCall(
      bot.running.baseUrl,
      'PUT',
      `/api/councils/${bot.councilId}/meetings/${meetingId}/input-requests/ir-forventninger`,
      {
        as: PEOPLE.megan.aadObjectId,
        etag: before.etag,
        body: {
          questions: before.request.questions.map((q) => ({ text: q.text })),
          deadline: moved,
          agendaItemId: before.request.agendaItemId,
          askedMemberIds: [],
        },
      },
    );
    expect(chairSaved.status).toBe(200);

    await page.getByTestId('submit-request').click();
    const problem = page.getByTestId('form-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Endret av noen andre — last inn på nytt.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-inputs-conflict-1280.png'), fullPage: true });
    await problem.getByRole('button', { name: 'Last inn på nytt' }).click();
    await page.getByTestId('form-problem').waitFor({ state: 'detached' });
    expect((await secretaryList()).requests.find((r) => r.request.id === 'ir-forventninger')?.request.deadline).toBe(moved);
  });
  // The attendance and inputs views (the request form open, with its field message) in every theme and
  // width: tests/support/accessibility-matrix.ts.
});
