import { chooseCardRadio, clickCardButton, fillCardInput, waitForCardIn } from '../support/playground';
import { usePlaygroundSession } from '../support/playground-session';
import { describeInBrowser } from '../support/tab-session';
import { attendanceLine, textOf } from '../support/tab-page';

/**
 * Patti Fernandez, the vice chair, reads English (her own setting in the demo
 * council; the council speaks bokmål). She types the English commands. The
 * tests run in order on one chat.
 */

const Q2 = 'Hva skal det forventes av regionens brukerutvalg?';
const TITLE = 'Waiting times for interpreters';

describeInBrowser('the bot in the Agents Playground as Patti Fernandez, in English', () => {
  const session = usePlaygroundSession({ actAs: 'Patti Fernandez', screenshotPrefix: 'playground-en' });
  it('answers "help" in English', async () => {
    await session.step('help', async () => {
      const help = await session.send('help', "Hi! I'm Utvalg", 20_000);
      const text = await help.innerText();
      expect(text).toContain('propose item');
      expect(text).toContain('See what you have answered and what is still open');
    });
  }, 60_000);

  it('proposes an item with "propose item"; the receipt replaces the form, and its button opens a new one', async () => {
    await session.step('proposal', async () => {
      const message = await session.send('propose item', 'Propose an item');
      const form = await waitForCardIn(message, 'Title of the item');
      await fillCardInput(form, 'Title of the item', TITLE);
      await fillCardInput(form, 'What do you want the council to discuss or decide?', 'Members wait weeks for an interpreter.');
      await chooseCardRadio(form, 'Decision');
      await fillCardInput(form, 'Who should present it?', 'Patti Fernandez');
      const messages = await session.botMessages();
      await clickCardButton(form, 'Send the proposal');
      const receipt = await waitForCardIn(message, 'Thank you! Your proposal has been received');
      const text = await receipt.innerText();
      expect(text).toContain(TITLE);
      expect(text).toMatch(/Kind\s+Decision/);
      expect(text).toMatch(/Presented by\s+Patti Fernandez/);
      expect(text).toMatch(/Meeting\s+(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ \p{L}+ \d{4} at 10:00–12:30/u);
      expect(await session.botMessages()).toBe(messages);

      await clickCardButton(receipt, 'Propose another item');
      const fresh = await waitForCardIn(message, 'Title of the item');
      expect(await fresh.getByLabel('Title of the item').inputValue()).toBe('');
    });
  }, 60_000);

  it('changes her stored answer (her deputy attends) to online, then to apologies with a reason', async () => {
    await session.step('attendance', async () => {
      const message = await session.send('attendance', 'Will you attend the meeting?');
      // The demo has her deputy, Ola Berg, attending for her.
      const card = await waitForCardIn(message, 'Your answer now: deputy attends: Ola Berg');
      expect(await card.getByRole('combobox', { name: 'Who attends for you?' }).inputValue()).toBe('Ola Berg (your deputy)');
      const messages = await session.botMessages();

      await chooseCardRadio(card, "I'll join online");
      await clickCardButton(card, 'Send answer');
      const online = await waitForCardIn(message, 'Your answer now: joining online');
      expect(await online.innerText()).toContain('Thank you! Your answer is saved.');

      await chooseCardRadio(online, 'I send my apologies');
      await fillCardInput(online, 'Reason for apologies', 'Travelling abroad');
      await clickCardButton(online, 'Send answer');
      const apologies = await waitForCardIn(message, 'Your answer now: apologies');
      expect(await apologies.getByLabel('Reason for apologies').inputValue()).toBe('Travelling abroad');
      expect(await session.botMessages()).toBe(messages);
    });
  }, 60_000);

  it('gives written input with "written input", answering one of the two questions', async () => {
    await session.step('input', async () => {
      const message = await session.send('written input', 'Written input');
      const card = await waitForCardIn(message, 'For the item: Årshjul for brukermedvirkning');
      expect(await card.innerText()).toMatch(
        /Deadline: (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ \p{L}+ \d{4} at 23:59/u,
      );
      await fillCardInput(card, Q2, 'Bring the local councils together once a year.');
      await clickCardButton(card, 'Send input');
      const saved = await waitForCardIn(message, 'Thank you! Your input is saved.');
      expect(await saved.getByLabel(Q2).inputValue()).toBe('Bring the local councils together once a year.');
    });
  }, 60_000);

  it('"my status" shows it all answered, and the tab shows the secretary her proposal, apologies and input', async () => {
    await session.step('status-after', async () => {
      const status = await session.send('my status', 'Your status');
      const text = await status.innerText();
      expect(text).toContain('You have answered everything for this meeting. Thank you!');
      expect(text).toContain('Attendance: apologies');
      // Hers from the demo ("Sikkerhet ved NAV-kontorene") and the one above.
      expect(text).toContain('Your proposals for the meeting: 2');
    });
    expect(session.errors).toEqual([]);

    await session.inTab(async (tab) => {
      expect(await textOf(tab.getByTestId('proposal').filter({ hasText: TITLE }))).toContain('Foreslått av Patti Fernandez');
      expect(await textOf(attendanceLine(tab, 'Patti Fernandez'))).toContain('Forfall – Travelling abroad');
      expect(await textOf(tab.getByTestId('input-answered'))).toContain('Patti Fernandez');
    });
  }, 60_000);
});
