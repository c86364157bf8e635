import path from 'node:path';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../bot/src/dev/demo-ids';
import { ARTIFACTS } from '../support/browser';
import { describeInBrowser, useTabSession } from '../support/tab-session';
import { openView, tabTo, focusedOnceSettled } from '../support/secretary-tab';

describeInBrowser('the secretary changes council settings in the tab', () => {
  const session = useTabSession();

  it('explains offentleglova next to the choice, and saves who reads written input and the quorum', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'settings');
    const input = page.getByTestId('settings-input-section');
    await input.getByText(/offentleglova/).waitFor();
    expect(await page.getByRole('radio', { name: /Bare sekretæren, fram til møtet/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /Alle medlemmene, med en gang/ }).check();
    await page.getByRole('radio', { name: /et fast antall stemmeberettigede/ }).check();
    await page.getByLabel('Antall som må være til stede').fill('5');
    expect(await page.getByTestId('quorum-preview').innerText()).toBe(
      'Med dagens 7 stemmeberettigede må minst 5 være til stede.',
    );
    await page.getByTestId('settings-save').click();
    await page.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'settings-saved-1280.png'), fullPage: true });

    await page.reload();
    await page.getByTestId('settings-form').waitFor();
    expect(await page.getByRole('radio', { name: /Alle medlemmene, med en gang/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Antall som må være til stede').inputValue()).toBe('5');
    await page.getByTestId('nav-roster').click();
    expect(await page.getByTestId('quorum-today').innerText()).toBe('I dag 7 stemmeberettigede: minst 5 må være til stede.');
  });

  it('changes who reads written input and the quorum by keyboard alone: arrow keys in the choice, Enter saves', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'settings');
    const all = page.getByRole('radio', { name: /Alle medlemmene, med en gang/ });
    await all.waitFor();
    expect(await all.isChecked()).toBe(true); // as the test above left it
    // A radio group is one Tab stop, on the chosen option; the arrow keys move the choice.
    await tabTo(page, all, 120);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: /Bare sekretæren, fram til møtet/ }).isChecked()).toBe(true);
    await tabTo(page, page.getByLabel('Antall som må være til stede'), 120);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
    const council = (await session.running.app.deps.councils.get(DEMO_COUNCIL_ID))!.value;
    expect(council.inputVisibility).toBe('secretaryUntilMeeting');
    expect(council.quorumRule).toEqual({ type: 'atLeast', count: 4 });
  });

  it('refuses a case-number start below the numbers already used, next to the field', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'settings');
    const taken = await page.getByTestId('case-numbers-taken').innerText();
    const last = /(\d+)\/(\d{2})/.exec(taken);
    expect(last).not.toBeNull();
    const lastUsed = Number(last![1]);
    await page.getByLabel('Neste saksnummer').fill(String(lastUsed));
    await page.getByTestId('settings-save').click();
    await page.getByText(`Numre under ${lastUsed + 1} er allerede brukt. Velg ${lastUsed + 1} eller høyere.`).waitFor();
    expect(await focusedOnceSettled(page, 'id', 'settings-caseNumberStart-next')).toBe('settings-caseNumberStart-next');
    await page.getByLabel('Neste saksnummer').fill(String(lastUsed + 10));
    expect(await page.getByTestId('case-number-preview').innerText()).toContain(`${lastUsed + 10}/`);
    await page.getByTestId('settings-save').click();
    await page.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
  });

  it('says a failed reload after a conflict as what went wrong, not as another change by someone else', async () => {
    const first = await openView(session.browser, session.running.baseUrl, 'settings');
    const second = await openView(session.browser, session.running.baseUrl, 'settings');
    await first.getByTestId('settings-form').waitFor();
    await second.getByTestId('settings-form').waitFor();
    await first.getByLabel('Tidssone').selectOption('Europe/Helsinki');
    await first.getByTestId('settings-save').click();
    await first.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
    await second.getByLabel('Tidssone').selectOption('Europe/Stockholm');
    await second.getByTestId('settings-save').click();
    await second.getByTestId('conflict').getByText('Endret av noen andre — last inn på nytt').waitFor();

    // The server cannot be reached while reloading.
    const settingsPath = `**/api/councils/${DEMO_COUNCIL_ID}/settings`;
    await second.route(settingsPath, (route) => route.abort());
    await second.getByTestId('conflict-reload').click();
    await second.getByTestId('form-failure').getByText('Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.').waitFor();
    expect(await second.getByTestId('conflict').count()).toBe(0);
    expect(await second.getByTestId('settings-save').isDisabled()).toBe(true);

    await second.unroute(settingsPath);
    await second.getByTestId('reload-again').click();
    await second.getByText('Lastet inn på nytt').waitFor();
    expect(await second.getByLabel('Tidssone').inputValue()).toBe('Europe/Helsinki');
    // Back to the zone the next test starts from.
    await second.getByLabel('Tidssone').selectOption('Europe/Oslo');
    await second.getByTestId('settings-save').click();
    await second.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
  });

  it('tells the second of two editors that the settings changed, and never overwrites', async () => {
    const first = await openView(session.browser, session.running.baseUrl, 'settings');
    const second = await openView(session.browser, session.running.baseUrl, 'settings');
    await first.getByTestId('settings-form').waitFor();
    await second.getByTestId('settings-form').waitFor();
    await first.getByLabel('Utvalgets språk').selectOption('nn');
    await first.getByTestId('settings-save').click();
    await first.getByTestId('save-status').getByText('Innstillingene er lagret.').waitFor();
    await second.getByLabel('Tidssone').selectOption('Europe/Stockholm');
    await second.getByTestId('settings-save').click();
    await second.getByTestId('conflict').getByText('Endret av noen andre — last inn på nytt').waitFor();
    await second.getByTestId('conflict-reload').click();
    await second.getByText('Lastet inn på nytt').waitFor();
    expect(await second.getByLabel('Utvalgets språk').inputValue()).toBe('nn');
    expect(await second.getByLabel('Tidssone').inputValue()).toBe('Europe/Oslo');
  });

  it('is not offered to a member, and the API refuses a member (403)', async () => {
    const page = await openView(session.browser, session.running.baseUrl, 'settings', { as: DEMO_MEMBERS.adele });
    await page.getByTestId('nav-upcoming').waitFor();
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    expect(await page.getByTestId('settings-form').count()).toBe(0);
    const status = await page.evaluate(
      async ([councilId, adele]) => {
        const read = await fetch(`/api/councils/${councilId}/settings`, { headers: { 'X-Utvalg-Dev-User': adele! } });
        const { settings, etag } = (await read.json()) as { settings: unknown; etag: string };
        const response = await fetch(`/api/councils/${councilId}/settings`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-Utvalg-Dev-User': adele!, 'If-Match': etag },
          body: JSON.stringify(settings),
        });
        return response.status;
      },
      [DEMO_COUNCIL_ID, DEMO_MEMBERS.adele],
    );
    expect(status).toBe(403);
  });
});
