import { chooseCardRadio, clickCardButton, fillCardInput, waitForCardIn } from '../support/playground';
import { usePlaygroundSession } from '../support/playground-session';
import { describeInBrowser } from '../support/tab-session';
import { attendanceLine, textOf } from '../support/tab-page';

/**
 * The demo secretary, Alex Wilber (the Playground's default user), takes part
 * as a member in bokmål, in the personal chat of the Microsoft 365 Agents
 * Playground, by typing and clicking like a person. The tests run in order on
 * one chat: the status and tab checks at the end see what the earlier ones
 * submitted.
 */

const Q1 = 'Hva skal det forventes av brukerutvalgene på lokalkontorene?';
const Q2 = 'Hva skal det forventes av regionens brukerutvalg?';
const TITLE = 'Tilgjengelige møterom i Skien';

describeInBrowser('the bot in the Microsoft 365 Agents Playground, in bokmål (headless Chromium)', () => {
  const session = usePlaygroundSession({ screenshotPrefix: 'playground-nb' });
  it('answers "hjelp" with the help card, and unknown text with the help card too', async () => {
    await session.step('help', async () => {
      const help = await session.send('hjelp', 'Hei! Jeg er Utvalg', 20_000);
      expect(await help.innerText()).toContain('min status');
      const unknown = await session.send('hva er klokka', 'Hei! Jeg er Utvalg');
      expect(await unknown.innerText()).toContain('foreslå sak');
    });
  }, 60_000);

  it('"min status" shows what is still open, with a button for each', async () => {
    await session.step('status-before', async () => {
      const status = await session.send('min status', 'Din status');
      const text = await status.innerText();
      expect(text).toContain('Dette venter på svar fra deg: 2');
      expect(text).toContain('Oppmøte: ikke svart');
      expect(text).toMatch(
        new RegExp(`Innspill: ${escape(Q1)} \\(ikke svart, frist \\p{L}+ \\d+\\. \\p{L}+ \\d{4} kl\\. 23\\.59\\)`, 'u'),
      );
      expect(text).toContain('Dine saksforslag til møtet: 0');
      for (const button of ['Svar på oppmøte', 'Gi innspill', 'Foreslå sak']) {
        await expect(status.getByRole('button', { name: button, exact: true }).isVisible()).resolves.toBe(true);
      }
    });
  }, 60_000);

  it('proposes an item: an empty title is stopped on the card, a bad link comes back with the typed values kept, then the receipt replaces the form', async () => {
    await session.step('proposal', async () => {
      const message = await session.send('foreslå sak', 'Foreslå en sak');
      const form = await waitForCardIn(message, 'Tittel på saken');
      await fillCardInput(form, 'Hva vil du at utvalget skal drøfte eller bestemme?', 'Møterommet har ikke teleslynge.');

      // The Playground checks isRequired itself: the error shows under the field and nothing is sent.
      const pressesBefore = session.sent.length;
      await clickCardButton(form, 'Send forslaget');
      await form.getByText('Dette må fylles ut.').waitFor();
      expect(session.sent.length).toBe(pressesBefore);
      await session.screenshot('proposal-empty-title');

      // Blanks pass the client's check but not the bot's: the same form comes back with the problems and the values.
      await fillCardInput(form, 'Tittel på saken', '   ');
      await fillCardInput(form, 'Lenke til mer informasjon', 'nav.no/brukermedvirkning');
      await clickCardButton(form, 'Send forslaget');
      const problems = await waitForCardIn(message, 'Noe må rettes før jeg kan lagre. Se under.');
      expect(await problems.innerText()).toContain('Skriv en nettadresse som begynner med https://');
      expect(await problems.getByLabel('Hva vil du at utvalget skal drøfte eller bestemme?').inputValue()).toBe(
        'Møterommet har ikke teleslynge.',
      );
      expect(await problems.getByLabel('Lenke til mer informasjon').inputValue()).toBe('nav.no/brukermedvirkning');
      await session.screenshot('proposal-problems');

      // What the page sent: the typed values merged into the Action.Execute data, the empty presenter left out.
      const press = session.sent.at(-1);
      expect(press?.verb).toBe('submitProposal');
      const { formId, meeting, ...typed } = press?.data ?? {};
      expect([typeof formId, typeof meeting]).toEqual(['string', 'string']);
      expect(typed).toEqual({
        title: '   ',
        description: 'Møterommet har ikke teleslynge.',
        kind: 'discussion',
        link: 'nav.no/brukermedvirkning',
      });

      const messages = await session.botMessages();
      await fillCardInput(problems, 'Tittel på saken', TITLE);
      await fillCardInput(problems, 'Lenke til mer informasjon', 'https://www.nav.no/brukermedvirkning');
      await fillCardInput(problems, 'Hvem bør legge fram saken?', 'Alex Wilber');
      await chooseCardRadio(problems, 'Vedtak');
      await clickCardButton(problems, 'Send forslaget');
      const receipt = await waitForCardIn(message, 'Takk! Forslaget ditt er mottatt');
      const text = await receipt.innerText();
      expect(text).toContain(TITLE);
      expect(text).toContain('Møterommet har ikke teleslynge.');
      expect(text).toMatch(/Type\s+Vedtak/);
      expect(text).toMatch(/Legges fram av\s+Alex Wilber/);
      // In place: no new message, and the form is gone.
      expect(await session.botMessages()).toBe(messages);
      expect(await message.innerText()).not.toContain('Tittel på saken');

      // The receipt's button opens a fresh form in the same place.
      await clickCardButton(receipt, 'Foreslå en sak til');
      const fresh = await waitForCardIn(message, 'Tittel på saken');
      expect(await fresh.getByLabel('Tittel på saken').inputValue()).toBe('');
      expect(await session.botMessages()).toBe(messages);
    });
  }, 90_000);

  it('sends apologies with a reason from "forfall", then changes the answer on the same card', async () => {
    await session.step('attendance', async () => {
      const message = await session.send('forfall', 'Kommer du på møtet?');
      const card = await waitForCardIn(message, 'Svaret ditt nå: ikke svart');
      // "forfall" chooses apologies already.
      expect(await card.getByRole('radio', { name: 'Jeg melder forfall', exact: true }).isChecked()).toBe(true);
      await fillCardInput(card, 'Grunn til forfall', 'Sykdom i familien');
      const messages = await session.botMessages();
      await clickCardButton(card, 'Send svaret');
      const saved = await waitForCardIn(message, 'Svaret ditt nå: forfall');
      expect(await saved.innerText()).toContain('Takk! Svaret ditt er lagret.');
      expect(await saved.getByLabel('Grunn til forfall').inputValue()).toBe('Sykdom i familien');
      await session.screenshot('attendance-apologies');

      await chooseCardRadio(saved, 'Jeg deltar digitalt');
      await clickCardButton(saved, 'Send svaret');
      await waitForCardIn(message, 'Svaret ditt nå: deltar digitalt');
      expect(await session.botMessages()).toBe(messages);
    });
  }, 60_000);

  it('gives written input to the open request from "innspill", then edits it', async () => {
    await session.step('input', async () => {
      const message = await session.send('innspill', 'Skriftlig innspill');
      const card = await waitForCardIn(message, 'Til saken: Årshjul for brukermedvirkning');
      expect(await card.innerText()).toMatch(/Frist: \p{L}+ \d+\. \p{L}+ \d{4} kl\. 23\.59/u);
      await fillCardInput(card, Q1, 'Møtes fire ganger i året.');
      await fillCardInput(card, Q2, 'Tar opp saker som gjelder hele fylket.');
      const messages = await session.botMessages();
      await clickCardButton(card, 'Send innspillet');
      const saved = await waitForCardIn(message, 'Takk! Innspillet ditt er lagret.');
      expect(await saved.getByLabel(Q1).inputValue()).toBe('Møtes fire ganger i året.');
      await session.screenshot('input-saved');

      await fillCardInput(saved, Q2, 'Støtter de lokale utvalgene.');
      await clickCardButton(saved, 'Send innspillet');
      const edited = await waitForCardIn(message, 'Takk! Endringene dine er lagret.');
      expect(await edited.getByLabel(Q2).inputValue()).toBe('Støtter de lokale utvalgene.');
      expect(await session.botMessages()).toBe(messages);
    });
  }, 60_000);

  it('"min status" then shows everything answered, and its button opens the stored input', async () => {
    await session.step('status-after', async () => {
      const status = await session.send('min status', 'Din status');
      const text = await status.innerText();
      expect(text).toContain('Du har svart på alt til dette møtet. Takk!');
      expect(text).toContain('Oppmøte: deltar digitalt');
      expect(text).toContain(`Innspill: ${Q1} (svart)`);
      expect(text).toContain('Dine saksforslag til møtet: 1');

      await clickCardButton(status, 'Endre innspill');
      const input = await waitForCardIn(status, 'Skriftlig innspill');
      // What storage holds, not what was typed in another card.
      expect(await input.getByLabel(Q1).inputValue()).toBe('Møtes fire ganger i året.');
      expect(await input.getByLabel(Q2).inputValue()).toBe('Støtter de lokale utvalgene.');
    });
    expect(session.errors).toEqual([]);
  }, 60_000);

  it('the tab shows the secretary what was submitted in the chat', async () => {
    await session.inTab(async (tab) => {
      const proposal = tab.getByTestId('proposal').filter({ hasText: TITLE });
      await proposal.waitFor();
      expect(await proposal.innerText()).toContain('Foreslått av Alex Wilber');
      expect(await textOf(attendanceLine(tab, 'Alex Wilber'))).toContain('Deltar digitalt');
      expect(await textOf(tab.getByTestId('input-answered'))).toContain('Alex Wilber');
    });
  }, 60_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
