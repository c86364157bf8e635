import path from 'node:path';
import { DateTime } from 'luxon';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS } from '../support/browser';
import { describeInBrowser, useTabSession } from '../support/tab-session';
import { openView, tabTo, typeDate, typeTime, focusedOnceSettled } from '../support/secretary-tab';

/** A Wednesday some weeks ahead (the demo is seeded relative to today). */
function wednesdayIn(weeks: number): DateTime {
  let day = DateTime.now().setZone('Europe/Oslo').plus({ weeks }).startOf('day');
  while (day.weekday !== 3) day = day.plus({ days: 1 });
  return day;
}

describeInBrowser('the secretary plans meetings in the tab', () => {
  const session = useTabSession();

  it('creates a meeting by mouse, with default deadlines filled in, and sees it in the list', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'upcoming');
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-create').click();
    const day = wednesdayIn(6);
    await page.getByLabel('Dato').fill(day.toISODate()!);
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByLabel('Sluttid').fill('12:30');
    await page.getByLabel('Sted').fill('NAV Skien, møterom Peer Gynt'); // not the demo meeting's place
    // The deadlines follow the date: 14 and 7 days before, at the meeting's time.
    expect(await page.getByLabel('Frist for saksforslag').inputValue()).toBe(`${day.minus({ days: 14 }).toISODate()}T10:00`);
    expect(await page.getByLabel('Innkallingen sendes innen').inputValue()).toBe(`${day.minus({ days: 7 }).toISODate()}T10:00`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-create-form-1280.png'), fullPage: true });
    await page.getByTestId('meeting-save').click();

    await page.getByTestId('save-status').getByText('er opprettet').waitFor();
    const card = page
      .getByTestId('meeting-card')
      .filter({ hasText: 'NAV Skien, møterom Peer Gynt' })
      .filter({ hasText: `${day.day}.` });
    await card.first().waitFor();
    expect(await card.first().innerText()).toContain('kl. 10.00–12.30');
    await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-list-1280.png'), fullPage: true });
  });

  it('creates a meeting by keyboard only, and is told what to fix next to the field', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'upcoming');
    // The tab list is one stop: Tab reaches the selected tab, the arrow keys move along, Enter opens.
    await tabTo(page, page.getByTestId('nav-upcoming'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByTestId('meeting-create'));
    await page.keyboard.press('Enter');
    // The form's heading gets focus; from there on, Tab and typing only.
    await page.getByRole('heading', { name: 'Nytt møte' }).waitFor();
    const day = wednesdayIn(9);
    await tabTo(page, page.getByLabel('Dato'));
    await typeDate(page, day.toISODate()!);
    await tabTo(page, page.getByLabel('Starttid'));
    await typeTime(page, '13:00');
    await tabTo(page, page.getByLabel('Sluttid'));
    await typeTime(page, '12:00'); // before the start: the form must say so
    await tabTo(page, page.getByLabel('Sted'));
    await page.keyboard.type('Digitalt, Teams');
    await page.keyboard.press('Enter');
    const endField = page.getByTestId('meeting-form').getByText('Sluttid må være etter starttid.');
    await endField.waitFor();
    expect(await focusedOnceSettled(page, 'id', 'meeting-form-endTime')).toBe('meeting-form-endTime');
    await typeTime(page, '15:00');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-status').getByText('er opprettet').waitFor();
    const card = page.getByTestId('meeting-card').filter({ hasText: 'Digitalt, Teams' });
    expect(await card.innerText()).toContain('kl. 13.00–15.00');
  });

  it('edits and cancels a meeting; members see the reason', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'meetings');
    const card = page.getByTestId('meeting-card').filter({ hasText: 'Digitalt, Teams' });
    await card.getByTestId('meeting-edit').click();
    await page.getByLabel('Sted').fill('NAV Porsgrunn');
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('save-status').getByText('er lagret').waitFor();
    const moved = page.getByTestId('meeting-card').filter({ hasText: 'NAV Porsgrunn' });
    await moved.getByTestId('meeting-cancel').click();
    await page.getByTestId('cancel-meeting-save').click();
    await page.getByTestId('cancel-meeting-form').getByText('Må fylles ut.').waitFor();
    await page.getByLabel('Begrunnelse').fill('For få kan møte');
    await page.getByTestId('cancel-meeting-save').click();
    await page.getByTestId('save-status').getByText('er avlyst').waitFor();
    expect(await moved.innerText()).toContain('Avlyst: For få kan møte');
    expect(await moved.getByTestId('meeting-edit').count()).toBe(0);

    const member = await openView(session.browser, session.running.baseUrl, 'meetings', { as: DEMO_MEMBERS.adele });
    const seen = member.getByTestId('meeting-card').filter({ hasText: 'NAV Porsgrunn' });
    await seen.waitFor();
    expect(await seen.innerText()).toContain('Avlyst: For få kan møte');
  });

  it('shows a member the meetings without any editing control, and the API refuses them (403)', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'upcoming');
    await page.getByTestId('dev-user-picker').selectOption(DEMO_MEMBERS.adele);
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-card').first().waitFor();
    expect(await page.getByTestId('meeting-create').count()).toBe(0);
    expect(await page.getByTestId('meeting-edit').count()).toBe(0);
    expect(await page.getByTestId('meeting-cancel').count()).toBe(0);
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-member-1280.png'), fullPage: true });
    const status = await page.evaluate(
      async ([councilId, adele]) => {
        const response = await fetch(`/api/councils/${councilId}/meetings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Utvalg-Dev-User': adele! },
          body: JSON.stringify({ date: '2030-01-09', startTime: '10:00', endTime: '11:00', place: 'x', requestId: 'sneaky' }),
        });
        return response.status;
      },
      [DEMO_COUNCIL_ID, DEMO_MEMBERS.adele],
    );
    expect(status).toBe(403);
  });

  it('tells the second of two editors that someone else changed the meeting, and never overwrites', async () => {
    const secretary = await openView(session.browser, session.running.baseUrl, 'meetings');
    const chair = await openView(session.browser, session.running.baseUrl, 'meetings', { as: DEMO_CHAIR });
    const cardIn = (page: typeof secretary) =>
      page.getByTestId('meeting-card').filter({ hasText: 'NAV Skien, møterom Ibsen' }).filter({ hasText: 'Saksforslag' }).first();
    await cardIn(secretary).getByTestId('meeting-edit').click();
    await cardIn(chair).getByTestId('meeting-edit').click();

    await secretary.getByLabel('Sted').fill('NAV Skien, møterom Henrik');
    await secretary.getByTestId('meeting-save').click();
    await secretary.getByTestId('save-status').getByText('er lagret').waitFor();

    await chair.getByLabel('Sted').fill('NAV Skien, kantina');
    await chair.getByTestId('meeting-save').click();
    const conflict = chair.getByTestId('conflict');
    await conflict.getByText('Endret av noen andre — last inn på nytt').waitFor();
    await chair.screenshot({ path: path.join(ARTIFACTS, 'meetings-conflict-1280.png'), fullPage: true });
    await conflict.getByTestId('conflict-reload').click();
    await chair.getByText('Lastet inn på nytt').waitFor();
    expect(await chair.getByLabel('Sted').inputValue()).toBe('NAV Skien, møterom Henrik');
  });
});
