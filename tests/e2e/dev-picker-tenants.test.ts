import type { Browser, Page } from 'playwright-core';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { formatMeetingTime } from '../../bot/src/domain/date-format';
import { browserAvailability, launchChromium } from '../support/browser';
import { OTHER_TENANT, seedOtherTenantCouncil } from '../support/other-tenant-council';
import { startTestApp, type RunningTestApp } from '../support/test-app';

const browserTests = browserAvailability();
const DEMO_COUNCIL_NAME = 'Brukerutvalget i NAV Vestfold og Telemark';

(browserTests.run ? describe : describe.skip)('the dev picker across tenants, in headless Chromium', () => {
  let running: RunningTestApp;
  let clocked: RunningTestApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp();
    await seedOtherTenantCouncil(running.app.deps);
    clocked = await startTestApp({ devClock: { start: '2027-03-10T09:55:00+01:00', speed: 60 } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await clocked?.close();
  });

  async function open(baseUrl: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tab/`);
    await page.getByTestId('meeting-title').waitFor();
    return page;
  }

  it('lists the people of both councils by council and tenant, and shows the other tenant’s council when one of its people is chosen', async () => {
    const page = await open(running.baseUrl);
    const picker = page.getByTestId('dev-user-picker');
    await picker.locator('optgroup').nth(1).waitFor({ state: 'attached' });
    const groups = await picker.locator('optgroup').evaluateAll((els) => els.map((el) => el.getAttribute('label')));
    expect(groups).toEqual([
      expect.stringContaining(DEMO_COUNCIL_NAME),
      `${OTHER_TENANT.councilName} (tenant ${OTHER_TENANT.tenantId})`,
    ]);
    const otherPeople = await picker.locator('optgroup').nth(1).locator('option').allInnerTexts();
    // Its former member is not offered.
    expect(otherPeople.sort()).toEqual([
      expect.stringContaining(OTHER_TENANT.member.name),
      expect.stringContaining(OTHER_TENANT.secretary.name),
    ]);

    await picker.selectOption(OTHER_TENANT.secretary.aadObjectId);
    await page.locator('h1', { hasText: OTHER_TENANT.councilName }).waitFor();
    await page.getByText(OTHER_TENANT.meetingPlace).first().waitFor();
    expect(await page.getByText(DEMO_COUNCIL_NAME).count()).toBe(0);
    expect(await picker.inputValue()).toBe(OTHER_TENANT.secretary.aadObjectId);

    // The choice is kept for this browser tab, tenant included: a reload acts as the same person.
    await page.reload();
    await page.locator('h1', { hasText: OTHER_TENANT.councilName }).waitFor();

    // And back to the demo council's secretary, in the demo tenant.
    await picker.selectOption(DEMO_SECRETARY);
    await page.locator('h1', { hasText: DEMO_COUNCIL_NAME }).waitFor();
    expect(await page.getByText(OTHER_TENANT.meetingPlace).count()).toBe(0);
  });

  it('shows a dev clock in the dev marker', async () => {
    const page = await open(clocked.baseUrl);
    const clock = page.getByTestId('dev-clock');
    await clock.waitFor();
    expect(await clock.innerText()).toBe('Utviklingsklokke fra onsdag 10. mars 2027 kl. 09.55, 60 ganger vanlig fart');
  });

  it('follows the dev clock: the next meeting is the one after the dev time, not after the browser’s', async () => {
    const meetings = await clocked.app.deps.meetings.list(DEMO_COUNCIL_ID);
    const dev = Date.parse('2027-03-10T09:55:00+01:00');
    // The newer of the demo's two past meetings (held, its minutes a draft).
    const past = meetings.find((m) => m.value.status === 'minutesDraft')?.value;
    const upcoming = meetings.find((m) => m.value.status === 'collecting')?.value;
    if (!past || !upcoming) throw new Error('the demo council has a held and an upcoming meeting');
    // The point of the test: on the browser's clock the held meeting would still be ahead.
    expect(Date.parse(past.startsAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(past.startsAt)).toBeLessThan(dev);

    const page = await open(clocked.baseUrl);
    expect(await page.getByTestId('meeting-time').first().innerText()).toBe(
      formatMeetingTime(upcoming.startsAt, upcoming.endsAt, 'Europe/Oslo', 'nb'),
    );
  });

  it('shows no dev clock on the real time', async () => {
    const page = await open(running.baseUrl);
    await page.getByTestId('dev-banner').waitFor();
    expect(await page.getByTestId('dev-clock').count()).toBe(0);
  });
});
