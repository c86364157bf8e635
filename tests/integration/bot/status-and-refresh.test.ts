import { PEOPLE, useStartedBot } from '../../support/bot-harness';

describe('"min status" and the shared meeting card', () => {
  const { bot, ref } = useStartedBot();

  it('shows what is answered and what is still open, with a button for each open thing', async () => {
    const [reply] = await bot.say(PEOPLE.alex, 'min status');
    const card = reply!.card!;
    expect(card.texts[0]).toBe('Din status');
    expect(card.texts).toContain('Dette venter på svar fra deg: 2');
    expect(card.texts).toContain('Oppmøte: ikke svart');
    expect(card.buttons.map((b) => b.verb)).toEqual(expect.arrayContaining(['openAttendance', 'openInput', 'openProposalForm']));
  });

  it('counts down as the member answers, and thanks them when all is answered', async () => {
    await bot.press(PEOPLE.alex, 'answerAttendance', { ...ref, choice: 'attend' });
    await bot.press(PEOPLE.alex, 'submitInput', { ...ref, requestId: 'ir-forventninger', answer_q1: 'Tydelige forventninger.' });
    const [reply] = await bot.say(PEOPLE.alex, 'my status');
    expect(reply?.card?.texts).toContain('Du har svart på alt til dette møtet. Takk!');
    expect(reply?.card?.texts).toContain('Oppmøte: kommer');
  });

  it('a button on the status card opens the card for that thing', async () => {
    const opened = await bot.press(PEOPLE.adele, 'openAttendance', ref);
    expect(opened.card?.texts[0]).toBe('Kommer du på møtet?');
    const input = await bot.press(PEOPLE.adele, 'openInput', { ...ref, requestId: 'ir-forventninger' });
    expect(input.card?.inputs.get('answer_q1')?.value).not.toBe('');
  });

  it('gives two members different cards from the same refresh of a shared card', async () => {
    const channel = { id: '19:general@thread.tacv2', conversationType: 'channel' };
    const megan = await bot.press(PEOPLE.megan, 'refreshMeetingCard', ref, { trigger: 'automatic', conversation: channel });
    const isaiah = await bot.press(PEOPLE.isaiah, 'refreshMeetingCard', ref, { trigger: 'automatic', conversation: channel });
    expect(megan.card?.texts).toContain('Oppmøte: kommer');
    expect(isaiah.card?.texts).toContain('Oppmøte: deltar digitalt');
    // Each keeps refreshing for the person who sees it.
    expect((megan.card?.raw['refresh'] as { userIds: string[] }).userIds).toEqual([`29:${PEOPLE.megan.aadObjectId}`]);
    const stranger = await bot.press(PEOPLE.stranger, 'refreshMeetingCard', ref, { trigger: 'automatic', conversation: channel });
    // Someone who is no member learns nothing of the meeting from its ids.
    expect(stranger.card).toBeUndefined();
    expect(stranger.message).toBeDefined();
    expect(stranger.message).not.toContain('Brukerutvalget i NAV Vestfold og Telemark');
  });

  it('tells a member with no upcoming meeting so, instead of showing nothing', async () => {
    bot.now = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    try {
      const [reply] = await bot.say(PEOPLE.adele, 'min status');
      expect(reply?.text).toMatch(/Det er ingen kommende møter å svare for ennå\.$/);
    } finally {
      bot.now = new Date();
    }
  });
});
