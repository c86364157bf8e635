import type { Locator, Page } from 'playwright-core';
import { DateTime } from 'luxon';
import { meetingTimeText } from '../../bot/src/cards/meeting-format';
import { formatCaseNumber } from '../../bot/src/domain/case-number';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { browserAvailability } from '../support/browser';
import {
  chooseCardOption,
  clickCardButton,
  fillCardInput,
  screenshot,
  selectChat,
  sendAndWaitForReply,
  waitForCard,
  waitForCardIn,
} from '../support/playground';
import { usePlaygroundSession } from '../support/playground-session';
import { openView, tabTo, typeDate, typeTime } from '../support/secretary-tab';

/**
 * The "done means", end to end: the secretary creates a meeting in the
 * tab, a member (Adele Vance) proposes an item for it in the bot (the Agents
 * Playground, a real chat client), the secretary accepts it, builds the agenda,
 * locks and sends the notice (the card shows in the team's General channel),
 * and the member reads the published package. Once by mouse and once by
 * keyboard alone for everything the secretary does; the steps run in order.
 */
const browserTests = browserAvailability();
const SECRETARY_HAND = [
  { how: 'mouse', meetingInWeeks: 7, place: 'NAV Larvik, møterom Farris', proposal: 'Teleslynge i møterommet' },
  {
    how: 'keyboard',
    meetingInWeeks: 10,
    place: 'NAV Horten, møterom Karljohansvern',
    proposal: 'Skjermlesere på publikums-PC-ene',
  },
] as const;

/** A Wednesday some weeks ahead, in Oslo. */
function wednesdayIn(weeks: number): DateTime {
  let day = DateTime.now().setZone('Europe/Oslo').plus({ weeks }).startOf('day');
  while (day.weekday !== 3) day = day.plus({ days: 1 });
  return day;
}

/** How the secretary works the tab: pointing and clicking, or Tab, typing and Enter only. */
interface Hand {
  press(page: Page, target: Locator): Promise<void>;
  type(page: Page, field: Locator, text: string): Promise<void>;
  date(page: Page, field: Locator, isoDate: string): Promise<void>;
  time(page: Page, field: Locator, time: string): Promise<void>;
}
const MOUSE: Hand = {
  press: (_page, target) => target.click(),
  type: (_page, field, text) => field.fill(text),
  date: (_page, field, isoDate) => field.fill(isoDate),
  time: (_page, field, time) => field.fill(time),
};
const KEYBOARD: Hand = {
  press: async (page, target) => {
    await tabTo(page, target, 200);
    await page.keyboard.press('Enter');
  },
  type: async (page, field, text) => {
    await tabTo(page, field, 200);
    await page.keyboard.type(text);
  },
  date: async (page, field, isoDate) => {
    await tabTo(page, field, 200);
    await typeDate(page, isoDate);
  },
  time: async (page, field, time) => {
    await tabTo(page, field, 200);
    await typeTime(page, time);
  },
};

(browserTests.run ? describe : describe.skip)(
  'a meeting from created to notice published (headless Chromium, Agents Playground)',
  () => {
    // One server, Playground and browser for both hands; each hand works on a meeting of its own.
    const session = usePlaygroundSession({ actAs: 'Adele', screenshotPrefix: 'cycle' });

    describe.each(SECRETARY_HAND)('the secretary by $how', ({ how, meetingInWeeks, place, proposal }) => {
      const hand = how === 'mouse' ? MOUSE : KEYBOARD;
      const day = wednesdayIn(meetingInWeeks);
      let meetingId = '';
      let secretary: Page;

      const shot = (page: Page, name: string) => screenshot(page, `cycle-${how}-${name}`, { fullPage: true });
      const meetingCard = (page: Page) => page.getByTestId('meeting-card').filter({ hasText: place });
      const proposalEntry = (page: Page) => page.getByTestId('proposal-entry').filter({ hasText: proposal });
      const packageHeadings = (page: Page) => page.getByTestId('package-item').locator('h3').allInnerTexts();

      afterAll(async () => {
        await secretary?.context().close();
      });

      it('the secretary creates the meeting in «Møter»; it opens for proposals', async () => {
        secretary = await openView(session.browser, session.running.baseUrl, 'meetings');
        await secretary.getByRole('heading', { name: 'Møter', level: 1 }).waitFor();
        await hand.press(secretary, secretary.getByTestId('meeting-create'));
        await secretary.getByRole('heading', { name: 'Nytt møte' }).waitFor();
        await hand.date(secretary, secretary.getByLabel('Dato'), day.toISODate()!);
        await hand.time(secretary, secretary.getByLabel('Starttid'), '10:00');
        await hand.time(secretary, secretary.getByLabel('Sluttid'), '13:00');
        await hand.type(secretary, secretary.getByLabel('Sted'), place);
        await hand.press(secretary, secretary.getByTestId('meeting-save'));

        await secretary.getByTestId('save-status').getByText('er opprettet').waitFor();
        const card = meetingCard(secretary);
        await card.waitFor();
        expect(await card.innerText()).toContain('kl. 10.00–13.00');
        expect(await card.innerText()).toContain('Saksforslag og innspill samles inn');
        meetingId = (await card.getAttribute('data-meeting-id')) ?? '';
        const stored = await session.running.app.deps.meetings.get(DEMO_COUNCIL_ID, meetingId);
        expect(stored?.value).toMatchObject({ status: 'collecting', place });
        await shot(secretary, 'created');
      }, 60_000);

      it('Adele proposes an item for that meeting in the bot, choosing it on the card', async () => {
        await session.step(`${how}-proposal`, async () => {
          // The other hand's run may have left the Playground in the channel.
          await selectChat(session.page, 'Personal Chat');
          const message = await sendAndWaitForReply(session.page, 'foreslå sak', 'Foreslå en sak', 20_000);
          const form = await waitForCardIn(message, 'Tittel på saken');
          const council = (await session.running.app.deps.councils.get(DEMO_COUNCIL_ID))!.value;
          const meeting = (await session.running.app.deps.meetings.get(DEMO_COUNCIL_ID, meetingId))!.value;
          await chooseCardOption(form, 'Til hvilket møte?', meetingTimeText(meeting, council, 'nb'));
          await fillCardInput(form, 'Tittel på saken', proposal);
          await fillCardInput(form, 'Hva vil du at utvalget skal drøfte eller bestemme?', 'Mange av oss hører dårlig i møter.');
          await clickCardButton(form, 'Send forslaget');
          const receipt = await waitForCardIn(message, 'Takk! Forslaget ditt er mottatt');
          expect(await receipt.innerText()).toContain(proposal);
        });
        const stored = (await session.running.app.deps.work.load(DEMO_COUNCIL_ID, meetingId)).proposal.map((p) => p.value);
        expect(stored).toEqual([expect.objectContaining({ title: proposal, proposerId: DEMO_MEMBERS.adele, status: 'pending' })]);
      }, 60_000);

      it('the secretary accepts it in «Saksforslag», reached from the meeting; the bot tells Adele', async () => {
        await hand.press(secretary, meetingCard(secretary).getByTestId('meeting-link-proposals'));
        await secretary.getByRole('heading', { name: 'Saksforslag', level: 1 }).waitFor();
        const entry = proposalEntry(secretary);
        await entry.waitFor();
        expect(await entry.innerText()).toContain('Foreslått av Adele Vance');
        await shot(secretary, 'proposals');
        await hand.press(secretary, entry.getByTestId('decide-accept'));
        await hand.press(secretary, secretary.getByTestId('decision-confirm'));
        await secretary.getByTestId('live').getByText(`«${proposal}» er satt opp på sakslisten.`).waitFor();

        await session.step(`${how}-told-accepted`, async () => {
          const told = await waitForCard(session.page, ['Saksforslaget ditt er satt opp på sakslisten', proposal], 20_000);
          expect(await told.innerText()).toContain(proposal);
        });
      }, 60_000);

      it('«Saksliste», from the navigation, stays on that meeting and has it between the standard items; one more is added', async () => {
        // From this meeting's proposals to its agenda: the navigation keeps the meeting.
        if (how === 'mouse') await secretary.getByTestId('nav-agenda').click();
        else {
          await tabTo(secretary, secretary.getByTestId('nav-proposals'), 200);
          await secretary.keyboard.press('ArrowRight');
          await secretary.keyboard.press('Enter');
        }
        await secretary.waitForURL(new RegExp(`#/agenda/${meetingId}$`));
        await secretary.getByTestId('agenda-builder').waitFor();
        expect(await secretary.getByTestId('meeting-picker').inputValue()).toBe(meetingId);
        const titles = () => secretary.getByTestId('builder-item').locator('h3').allInnerTexts();
        await secretary.getByTestId('builder-item').filter({ hasText: proposal }).waitFor();
        expect(await titles()).toEqual(['Godkjenning av innkalling og referat', proposal, 'Eventuelt']);

        await hand.press(secretary, secretary.getByTestId('add-item'));
        const form = secretary.getByTestId('item-form');
        await hand.type(secretary, form.getByTestId('item-title'), 'Nytt fra NAV Vestfold og Telemark');
        await hand.type(secretary, form.getByTestId('item-minutes'), '20');
        await hand.press(secretary, form.getByTestId('item-save'));
        await secretary.getByTestId('live').getByText('«Nytt fra NAV Vestfold og Telemark» er lagt til.').waitFor();
        expect(await titles()).toEqual([
          'Godkjenning av innkalling og referat',
          proposal,
          'Nytt fra NAV Vestfold og Telemark',
          'Eventuelt',
        ]);
        await shot(secretary, 'agenda');
      }, 60_000);

      it('locks and sends the notice from «Møtepakke»: numbers are given and the card shows in the channel', async () => {
        // The Playground "installs" the app in the channel the first time it is opened: the bot learns its address.
        await selectChat(session.page, 'My Team - General');
        await waitForCard(session.page, 'Teamet har allerede et brukerutvalg', 20_000);

        await secretary.goto(`${session.running.baseUrl}/tab/#/meetings`);
        await hand.press(secretary, meetingCard(secretary).getByTestId('meeting-link-package'));
        await secretary.getByTestId('package').waitFor();
        const status = (await (
          await fetch(`${session.running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings/${meetingId}/publication`)
        ).json()) as { toNumber: { expected: { sequence: number; year: number }[] } };
        const numbers = status.toNumber.expected.map(formatCaseNumber);
        expect(numbers).toHaveLength(4);

        await hand.press(secretary, secretary.getByTestId('publish-notice'));
        await secretary.getByTestId('publish-dialog').waitFor();
        await hand.press(secretary, secretary.getByTestId('publish-confirm'));
        await secretary.getByTestId('publish-feedback').getByText('Innkallingen er sendt. Kortet er postet i kanalen.').waitFor();
        await secretary.getByTestId('package-status').getByText('Innkalling sendt').waitFor();
        await secretary.getByTestId('publish-dialog').waitFor({ state: 'detached' });
        expect(await packageHeadings(secretary)).toEqual([
          `${numbers[0]} Godkjenning av innkalling og referat`,
          `${numbers[1]} ${proposal}`,
          `${numbers[2]} Nytt fra NAV Vestfold og Telemark`,
          `${numbers[3]} Eventuelt`,
        ]);
        await shot(secretary, 'published');

        await session.step(`${how}-notice-in-channel`, async () => {
          const notice = await waitForCard(
            session.page,
            ['Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark', place],
            20_000,
          );
          const text = await notice.innerText();
          expect(text).toContain(`${numbers[1]} ${proposal}`);
          expect(text).toContain(place);
        });
        const meeting = await session.running.app.deps.meetings.get(DEMO_COUNCIL_ID, meetingId);
        expect(meeting?.value.status).toBe('noticeSent');
      }, 90_000);

      it('Adele opens the published package from «Møter» and reads the numbered agenda, with nothing to publish', async () => {
        const member = await openView(session.browser, session.running.baseUrl, 'meetings', { as: DEMO_MEMBERS.adele });
        try {
          await member.getByTestId('dev-user-picker').waitFor();
          const card = meetingCard(member);
          await card.waitFor();
          expect(await card.getByTestId('meeting-link-proposals').count()).toBe(0);
          await card.getByTestId('meeting-link-package').click();
          await member.getByTestId('package-item').first().waitFor();
          const headings = await packageHeadings(member);
          expect(headings).toHaveLength(4);
          expect(headings[1]).toMatch(new RegExp(`^\\d+/\\d{2} ${proposal}$`));
          expect(await member.getByTestId('package-notice-state').innerText()).toMatch(/^Innkallingen ble sendt /);
          expect(await member.getByTestId('publish-panel').count()).toBe(0);
          await shot(member, 'member-package');
        } finally {
          await member.context().close();
        }
        expect(session.errors).toEqual([]);
      }, 60_000);
    });
  },
);
