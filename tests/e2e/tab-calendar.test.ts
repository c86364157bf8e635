import ical from 'node-ical';
import { readFile } from 'node:fs/promises';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { textsFor, type Catalogue } from '../../bot/src/texts/catalogue';
import { openView } from '../support/secretary-tab';
import { describeInBrowser, useTabSession } from '../support/tab-session';

describeInBrowser('a member puts meetings in their calendar from the tab', () => {
  const session = useTabSession();
  /** What the tab says to Lynne: in her own language, else the council's. */
  let c: Catalogue['calendar'];

  beforeAll(async () => {
    const { deps } = session.running.app;
    const [council, lynne] = await Promise.all([
      deps.councils.get(DEMO_COUNCIL_ID),
      deps.members.get(DEMO_COUNCIL_ID, DEMO_MEMBERS.lynne),
    ]);
    c = textsFor(lynne!.value.language ?? council!.value.language).calendar;
  });

  it('downloads the upcoming meeting as an .ics a calendar parser reads', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'upcoming', { as: DEMO_MEMBERS.lynne });
    const button = page.getByTestId('meeting-add-to-calendar');
    await button.getByText(c.addToCalendar).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('meeting.ics');
    const text = await readFile(await download.path(), 'utf8');
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT');
    expect(events).toHaveLength(1);
  });

  it('shows the feed address once, and after "make a new address" the old one answers 404', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'calendar', { as: DEMO_MEMBERS.lynne });
    await page.getByTestId('calendar-feed-state').getByText(c.noAddress).waitFor();
    await page.getByTestId('calendar-feed-make').click();
    const first = await page.getByTestId('calendar-feed-address').inputValue();
    const feed = await fetch(first);
    expect([feed.status, feed.headers.get('content-type')]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    // Reloaded, the view knows an address exists but no longer shows it.
    await page.reload();
    await page.getByTestId('calendar-feed-make').getByText(c.makeNewAddress).waitFor();
    expect(await page.getByTestId('calendar-feed-address').count()).toBe(0);

    await page.getByTestId('calendar-feed-make').click();
    const second = await page.getByTestId('calendar-feed-address').inputValue();
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
  });
});
