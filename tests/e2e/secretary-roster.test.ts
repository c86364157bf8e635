import path from 'node:path';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS } from '../support/browser';
import { describeInBrowser, useTabSession } from '../support/tab-session';
import { openView, tabTo, focusedOnceSettled } from '../support/secretary-tab';

describeInBrowser('the secretary keeps the roster in the tab', () => {
  const session = useTabSession();

  const card = (page: Awaited<ReturnType<typeof openView>>, name: string) =>
    page.getByTestId('member-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

  it('shows members with role, organisation, deputies and the quorum threshold', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await card(page, 'Ola Berg').waitFor();
    expect(await card(page, 'Ola Berg').innerText()).toContain('Personlig vara for Patti Fernandez');
    expect(await card(page, 'Patti Fernandez').innerText()).toContain('Personlig vara: Ola Berg');
    expect(await page.getByTestId('quorum-today').innerText()).toBe('I dag 7 stemmeberettigede: minst 4 må være til stede.');
    // Former members are kept, and shown on request.
    expect(await card(page, 'Anita Williams').count()).toBe(0);
    await page.getByTestId('show-former').click();
    await card(page, 'Anita Williams').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-1280.png'), fullPage: true });
  });

  it('edits a member: the form checks the deputy rule, then saves and says so', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await card(page, 'Isaiah Langer').getByTestId('member-edit').click();
    await page.getByRole('heading', { name: 'Rediger Isaiah Langer' }).waitFor();
    await page.getByLabel('Tittel').fill('fungerende direktør');
    await page.getByLabel('Med i redaksjonsrådet').check();
    // A director cannot be in the deputy pool: the form says so next to the field, nothing is sent.
    await page.getByLabel('Rolle').selectOption('chair');
    await page.getByLabel('I varapoolen (kan møte for hvem som helst)').check();
    await page.getByTestId('member-save').click();
    await page.getByText('Bare rollen «medlem» kan være varamedlem.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-edit-form-1280.png'), fullPage: true });
    await page.getByLabel('I varapoolen (kan møte for hvem som helst)').uncheck();
    await page.getByLabel('Rolle').selectOption('member');
    await page.getByTestId('member-save').click();
    await page.getByTestId('save-status').getByText('Endringene for Isaiah Langer er lagret.').waitFor();
    const isaiah = await card(page, 'Isaiah Langer').innerText();
    expect(isaiah).toContain('fungerende direktør');
    expect(isaiah).toContain('Redaksjonsråd');
    // Focus is back on the member just edited.
    expect(await focusedOnceSettled(page, 'textContent', 'Isaiah Langer')).toBe('Isaiah Langer');
  });

  it('ends a membership on a last day; the member stays in the history', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await card(page, 'Tor Haugen').getByTestId('member-end').click();
    await page.getByRole('heading', { name: 'Avslutt medlemskap for Tor Haugen' }).waitFor();
    const yesterday = new Date(Date.now() - 36 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Siste dag som medlem').fill(yesterday);
    await page.getByTestId('end-membership-save').click();
    await page.getByTestId('save-status').getByText('Medlemskapet til Tor Haugen er avsluttet.').waitFor();
    expect(await card(page, 'Tor Haugen').count()).toBe(0);
    await page.getByTestId('show-former').click();
    expect(await card(page, 'Tor Haugen').innerText()).toMatch(/Sluttet/);
    expect(await card(page, 'Tor Haugen').getByTestId('member-reactivate').count()).toBe(1);
  });

  it('refuses to end the membership of someone with a personal deputy, and says who', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await card(page, 'Patti Fernandez').getByTestId('member-end').click();
    await page.getByTestId('end-membership-save').click();
    await page.getByText(/Ola Berg er personlig vara for dette medlemmet/).waitFor();
  });

  it('shows a member the roster without editing controls or personal settings; the API refuses them (403)', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster', { as: DEMO_MEMBERS.lynne });
    await card(page, 'Adele Vance').waitFor();
    expect(await page.getByTestId('member-add').count()).toBe(0);
    expect(await page.getByTestId('member-edit').count()).toBe(0);
    expect(await page.getByTestId('member-end').count()).toBe(0);
    expect(await page.getByTestId('show-former').count()).toBe(0);
    expect(await page.getByText('Språk:').count()).toBe(0);
    // Lynne reads nynorsk.
    await page.getByText('Du kan lese dette. Berre sekretæren og leiaren kan endre.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-member-1280.png'), fullPage: true });
    const status = await page.evaluate(
      async ([councilId, lynne]) => {
        const response = await fetch(`/api/councils/${councilId}/members/${lynne}/end`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Utvalg-Dev-User': lynne!,
            // Shaped like an ETag the server gives out, so only the role can refuse it.
            'If-Match': `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`,
          },
          body: JSON.stringify({ activeTo: '2020-01-01' }),
        });
        return response.status;
      },
      [DEMO_COUNCIL_ID, DEMO_MEMBERS.lynne],
    );
    expect(status).toBe(403);
  });

  it('tells the second of two editors of a member that someone else changed it', async () => {
    const secretary = await openView(session.browser, session.running.baseUrl, 'roster');
    const chair = await openView(session.browser, session.running.baseUrl, 'roster', { as: DEMO_CHAIR });
    await card(secretary, 'Adele Vance').getByTestId('member-edit').click();
    await card(chair, 'Adele Vance').getByTestId('member-edit').click();
    await secretary.getByLabel('Organisasjon').fill('A-larm Vestfold');
    await secretary.getByTestId('member-save').click();
    await secretary.getByTestId('save-status').getByText('er lagret').waitFor();

    await chair.getByLabel('Organisasjon').fill('A-larm Telemark');
    await chair.getByTestId('member-save').click();
    await chair.getByTestId('conflict').getByText('Endret av noen andre — last inn på nytt').waitFor();
    await chair.getByTestId('conflict-reload').click();
    await chair.getByText('Lastet inn på nytt').waitFor();
    expect(await chair.getByLabel('Organisasjon').inputValue()).toBe('A-larm Vestfold');
    // After the reload the chair's own change goes through.
    await chair.getByLabel('Tittel').fill('brukerrepresentant, A-larm');
    await chair.getByTestId('member-save').click();
    await chair.getByTestId('save-status').getByText('er lagret').waitFor();
  });

  it('adds a person by Entra object id', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await page.getByTestId('member-add').click();
    await page.getByLabel('Navn').fill('Kari Nordmann');
    await page.getByLabel('Objekt-ID i Microsoft Entra').fill('demo-sigrid-lunde');
    await page.getByTestId('member-save').click();
    await page.getByText('Denne personen står allerede i medlemslisten.', { exact: false }).waitFor();
    await page.getByLabel('Objekt-ID i Microsoft Entra').fill('entra-kari-nordmann');
    await page.getByLabel('Organisasjon').fill('SAFO');
    await page.getByTestId('member-save').click();
    await page.getByTestId('save-status').getByText('Kari Nordmann er lagt til.').waitFor();
    expect(await card(page, 'Kari Nordmann').innerText()).toContain('medlem – SAFO');
  });

  it('adds an observer by keyboard alone: Tab, typing, the letter keys in a list, Space on a box, Enter to save', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'roster');
    await card(page, 'Ola Berg').waitFor();
    await tabTo(page, page.getByTestId('member-add'), 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Legg til medlem' }).waitFor();
    await tabTo(page, page.getByLabel('Navn'));
    await page.keyboard.type('Nils Bakke');
    await tabTo(page, page.getByLabel('Objekt-ID i Microsoft Entra'));
    await page.keyboard.type('entra-nils-bakke');
    await tabTo(page, page.getByLabel('Rolle'));
    await page.keyboard.type('observ'); // a closed list picks the option whose text starts with what is typed
    expect(await page.getByLabel('Rolle').inputValue()).toBe('observer');
    await tabTo(page, page.getByLabel('Organisasjon'));
    await page.keyboard.type('Mental Helse');
    await tabTo(page, page.getByLabel('Språk'));
    await page.keyboard.type('nyn');
    await tabTo(page, page.getByLabel('Med i redaksjonsrådet'));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByTestId('member-save'));
    await page.keyboard.press('Enter');

    await page.getByTestId('save-status').getByText('Nils Bakke er lagt til.').waitFor();
    const added = await card(page, 'Nils Bakke').innerText();
    expect(added).toContain('observatør – Mental Helse');
    expect(added).toContain('Redaksjonsråd');
    const stored = await session.running.app.deps.members.get(DEMO_COUNCIL_ID, 'entra-nils-bakke');
    expect(stored?.value).toMatchObject({ role: 'observer', organisation: 'Mental Helse', language: 'nn', editorialBoard: true });
  });
});
