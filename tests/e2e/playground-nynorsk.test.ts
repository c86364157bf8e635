import { chooseCardRadio, clickCardButton, fillCardInput, waitForCardIn } from '../support/playground';
import { usePlaygroundSession } from '../support/playground-session';
import { describeInBrowser } from '../support/tab-session';
import { attendanceLine, textOf } from '../support/tab-page';

/**
 * Lynne Robbins, a member who reads nynorsk, acting as the Playground's user.
 * She starts from "min status" and uses its buttons: each opens its card in
 * place of the status card. The tests run in order on one chat.
 */

const Q1 = 'Hva skal det forventes av brukerutvalgene på lokalkontorene?';
const TITLE = 'Tolketenester på NAV-kontora';

describeInBrowser('the bot in the Agents Playground as Lynne Robbins, in nynorsk', () => {
  const session = usePlaygroundSession({ actAs: 'Lynne Robbins', screenshotPrefix: 'playground-nn' });
  it('is Lynne in the Playground, and answers "hjelp" in nynorsk', async () => {
    await session.step('help', async () => {
      expect(await session.page.getByRole('toolbar').innerText()).toContain('Lynne Robbins');
      const help = await session.send('hjelp', 'Hei! Eg er Utvalg', 20_000);
      expect(await help.innerText()).toContain('Sjå kva du har svart og kva som står att');
    });
  }, 60_000);

  it('answers attendance from the status card: the button opens the card in its place', async () => {
    await session.step('attendance', async () => {
      const message = await session.send('min status', 'Status for deg');
      const status = await waitForCardIn(message, 'Dette ventar på svar frå deg: 2');
      expect(await status.innerText()).toContain('Oppmøte: ikkje svart');
      const messages = await session.botMessages();

      await clickCardButton(status, 'Svar på oppmøte');
      const card = await waitForCardIn(message, 'Kjem du på møtet?');
      expect(await card.innerText()).toMatch(/(måndag|tysdag|onsdag|torsdag|fredag) \d+\. \p{L}+ \d{4} kl\. 10\.00–12\.30/u);
      await chooseCardRadio(card, 'Eg kjem');
      await clickCardButton(card, 'Send svaret');
      const saved = await waitForCardIn(message, 'Svaret ditt no: kjem');
      expect(await saved.innerText()).toContain('Takk! Svaret ditt er lagra.');
      expect(await session.botMessages()).toBe(messages);
    });
  }, 60_000);

  it('"forfall" after "Eg kjem" opens the card on "Eg melder forfall", the stored answer still shown', async () => {
    await session.step('apologies-command', async () => {
      const message = await session.send('forfall', 'Kjem du på møtet?');
      const card = await waitForCardIn(message, 'Svaret ditt no: kjem');
      expect(await card.getByRole('radio', { name: 'Eg melder forfall', exact: true }).isChecked()).toBe(true);
      expect(await card.getByRole('radio', { name: 'Eg kjem', exact: true }).isChecked()).toBe(false);
    });
  }, 60_000);

  it('gives written input from the status card', async () => {
    await session.step('input', async () => {
      const message = await session.send('min status', 'Status for deg');
      const status = await waitForCardIn(message, 'Dette ventar på svar frå deg: 1');
      expect(await status.innerText()).toContain('Oppmøte: kjem');

      await clickCardButton(status, 'Gi innspel');
      const card = await waitForCardIn(message, 'Skriftleg innspel');
      expect(await card.innerText()).toContain('Du kan svare på eitt eller fleire av spørsmåla');
      await fillCardInput(card, Q1, 'Dei bør kome med saker frå brukarane lokalt.');
      await clickCardButton(card, 'Send innspelet');
      const saved = await waitForCardIn(message, 'Takk! Innspelet ditt er lagra.');
      expect(await saved.getByLabel(Q1).inputValue()).toBe('Dei bør kome med saker frå brukarane lokalt.');
    });
  }, 60_000);

  it('proposes an item from the status card, with the meeting already chosen', async () => {
    await session.step('proposal', async () => {
      const message = await session.send('min status', 'Status for deg');
      const status = await waitForCardIn(message, 'Du har svart på alt til dette møtet. Takk!');

      await clickCardButton(status, 'Foreslå sak');
      const form = await waitForCardIn(message, 'Foreslå ei sak');
      expect(await form.getByRole('combobox', { name: 'Til kva møte?' }).inputValue()).toMatch(/kl\. 10\.00–12\.30/);
      await fillCardInput(form, 'Tittel på saka', TITLE);
      await fillCardInput(form, 'Kva vil du at utvalet skal drøfte eller avgjere?', 'Kven tingar tolk, og kven betaler?');
      await chooseCardRadio(form, 'Orientering');
      await clickCardButton(form, 'Send forslaget');
      const receipt = await waitForCardIn(message, 'Takk! Forslaget ditt er motteke');
      const text = await receipt.innerText();
      expect(text).toContain(TITLE);
      expect(text).toMatch(/Type\s+Orientering/);
    });
  }, 60_000);

  it('"min status" counts the proposal, and the tab shows the secretary all three answers', async () => {
    await session.step('status-after', async () => {
      const status = await session.send('min status', 'Status for deg');
      expect(await status.innerText()).toContain('Saksforslaga dine til møtet: 1');
    });
    expect(session.errors).toEqual([]);

    await session.inTab(async (tab) => {
      expect(await textOf(tab.getByTestId('proposal').filter({ hasText: TITLE }))).toContain('Foreslått av Lynne Robbins');
      expect(await textOf(attendanceLine(tab, 'Lynne Robbins'))).toContain('Deltar');
      expect(await textOf(tab.getByTestId('input-answered'))).toContain('Lynne Robbins');
      expect(await textOf(tab.getByTestId('not-answered'))).not.toContain('Lynne Robbins');
    });
  }, 60_000);
});
