import { PEOPLE, useStartedBot } from '../../support/bot-harness';

describe('answering attendance through the bot', () => {
  const { bot, ref } = useStartedBot();

  const storedAnswer = async (memberId: string) =>
    (await bot.deps.work.get(bot.councilId, ref.meetingId, 'attendance', memberId))?.value.answer;

  it('"forfall" opens the attendance card with apologies already chosen', async () => {
    const [reply] = await bot.say(PEOPLE.adele, 'forfall');
    const card = reply?.card;
    expect(card?.texts[0]).toBe('Kommer du på møtet?');
    expect(card?.texts).toContain('Svaret ditt nå: ikke svart');
    expect(card?.inputs.get('choice')?.value).toBe('apologies');
    expect(card?.inputs.get('choice')?.choices?.map((c) => c.value)).toEqual(['attend', 'remote', 'apologies', 'deputy']);
    expect(await storedAnswer(PEOPLE.adele.aadObjectId)).toBeUndefined();
  });

  it('"forfall" after "I\'ll be there" starts on apologies, so a reason and send mean apologies; a deputy already sent stays chosen', async () => {
    expect(await storedAnswer(PEOPLE.megan.aadObjectId)).toEqual({ kind: 'attend' });
    const [megan] = await bot.say(PEOPLE.megan, 'forfall');
    expect(megan?.card?.texts).toContain('Svaret ditt nå: kommer');
    expect(megan?.card?.inputs.get('choice')?.value).toBe('apologies');

    const [patti] = await bot.say(PEOPLE.patti, 'apologies');
    expect(patti?.card?.texts.find((t) => t.startsWith('Your answer now'))).toMatch(/^Your answer now: deputy attends: /);
    expect(patti?.card?.inputs.get('choice')?.value).toBe('deputy');

    const [typed] = await bot.say(PEOPLE.megan, 'oppmøte');
    expect(typed?.card?.inputs.get('choice')?.value).toBe('attend');
    expect(await storedAnswer(PEOPLE.megan.aadObjectId)).toEqual({ kind: 'attend' });
  });

  it('stores apologies with a reason, then lets the member change to online until the meeting starts', async () => {
    const first = await bot.press(PEOPLE.adele, 'answerAttendance', {
      ...ref,
      choice: 'apologies',
      reason: 'sykdom',
      deputyId: '',
    });
    expect(first.card?.texts).toContain('Takk! Svaret ditt er lagret.');
    expect(first.card?.texts).toContain('Svaret ditt nå: forfall');
    expect(await storedAnswer(PEOPLE.adele.aadObjectId)).toEqual({ kind: 'apologies', reason: 'sykdom' });

    const second = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'remote', reason: '' });
    expect(second.card?.texts).toContain('Svaret ditt nå: deltar digitalt');
    expect(await storedAnswer(PEOPLE.adele.aadObjectId)).toEqual({ kind: 'remote' });
  });

  it('keeps a reason out of the minutes unless the member says yes on the card, and the card remembers the choice', async () => {
    const kept = await bot.press(PEOPLE.lynne, 'answerAttendance', {
      ...ref,
      choice: 'apologies',
      reason: 'sykdom',
      reasonInMinutes: 'false',
    });
    expect(kept.card?.texts).toContain('Svaret ditt no: forfall');
    expect(await storedAnswer(PEOPLE.lynne.aadObjectId)).toEqual({ kind: 'apologies', reason: 'sykdom' });
    const allowed = await bot.press(PEOPLE.lynne, 'answerAttendance', {
      ...ref,
      choice: 'apologies',
      reason: 'ferie',
      reasonInMinutes: 'true',
    });
    expect(await storedAnswer(PEOPLE.lynne.aadObjectId)).toEqual({ kind: 'apologies', reason: 'ferie', reasonInMinutes: true });
    expect(allowed.card?.inputs.get('reasonInMinutes')?.value).toBe('true');
  });

  it('lets Patti (who reads English) send her personal deputy, and offers only real deputies', async () => {
    const [reply] = await bot.say(PEOPLE.patti, 'oppmøte');
    const deputies = reply?.card?.inputs.get('deputyId')?.choices ?? [];
    expect(deputies[0]?.title).toMatch(/\(your deputy\)$/);
    const deputyId = deputies[0]!.value;
    const saved = await bot.press(PEOPLE.patti, 'answerAttendance', { ...ref, choice: 'deputy', deputyId });
    expect(saved.card?.texts.find((t) => t.startsWith('Your answer now'))).toMatch(/^Your answer now: deputy attends: .+/);
    expect(await storedAnswer(PEOPLE.patti.aadObjectId)).toEqual({ kind: 'deputy', deputyId });
  });

  it('says next to the field when "deputy" is chosen without one, or with someone who is not a deputy', async () => {
    const before = await storedAnswer(PEOPLE.megan.aadObjectId);
    const none = await bot.press(PEOPLE.megan, 'answerAttendance', { ...ref, choice: 'deputy', reason: 'ferie' });
    expect(none.card?.problems).toEqual(['Noe må rettes før jeg kan lagre. Se under.', 'Dette må fylles ut.']);
    expect(none.card?.inputs.get('reason')?.value).toBe('ferie');
    const notADeputy = await bot.press(PEOPLE.megan, 'answerAttendance', {
      ...ref,
      choice: 'deputy',
      deputyId: PEOPLE.adele.aadObjectId,
    });
    expect(notADeputy.card?.problems).toContain('Velg ett av alternativene.');
    const bogus = await bot.press(PEOPLE.megan, 'answerAttendance', { ...ref, choice: 'maybe' });
    expect(bogus.card?.problems).toContain('Velg ett av alternativene.');
    expect(await storedAnswer(PEOPLE.megan.aadObjectId)).toEqual(before);
  });

  it('does not let an old delivery of a press overwrite a newer answer', async () => {
    const first = await bot.press(PEOPLE.isaiah, 'answerAttendance', { ...ref, choice: 'attend' }, { id: 'press-attend-1' });
    expect(first.card?.texts).toContain('Svaret ditt nå: kommer');
    await bot.press(PEOPLE.isaiah, 'answerAttendance', { ...ref, choice: 'apologies' }, { id: 'press-apologies-2' });
    const redelivered = await bot.press(
      PEOPLE.isaiah,
      'answerAttendance',
      { ...ref, choice: 'attend' },
      { id: 'press-attend-1' },
    );
    expect(redelivered.card?.texts).toContain('Svaret ditt nå: forfall');
    expect(await storedAnswer(PEOPLE.isaiah.aadObjectId)).toEqual({ kind: 'apologies' });
  });

  it('answers in nynorsk for a nynorsk member', async () => {
    const reply = await bot.press(PEOPLE.lynne, 'answerAttendance', { ...ref, choice: 'attend' });
    expect(reply.card?.texts).toContain('Takk! Svaret ditt er lagra.');
    expect(reply.card?.texts).toContain('Svaret ditt no: kjem');
  });

  it('refuses a stranger and a crafted card for another council', async () => {
    const stranger = await bot.press(PEOPLE.stranger, 'answerAttendance', { ...ref, choice: 'attend' });
    expect(stranger.message).toContain('ikke registrert som medlem');
    expect(await storedAnswer(PEOPLE.stranger.aadObjectId)).toBeUndefined();
    const other = await bot.press(PEOPLE.adele, 'answerAttendance', {
      councilId: 'another-council',
      meetingId: ref.meetingId,
      choice: 'attend',
    });
    expect(other.message).toMatch(/finner ikke|ikke registrert/);
  });

  it('closes the card once the meeting has started', async () => {
    const meeting = await bot.deps.meetings.get(bot.councilId, ref.meetingId);
    const saved = bot.now;
    bot.now = new Date(Date.parse(meeting!.value.startsAt) + 60_000);
    try {
      const before = await storedAnswer(PEOPLE.adele.aadObjectId);
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'attend' });
      expect(reply.message).toBe('Dette møtet tar ikke imot svar lenger.');
      expect(await storedAnswer(PEOPLE.adele.aadObjectId)).toEqual(before);
      const [typed] = await bot.say(PEOPLE.adele, 'oppmøte');
      expect(typed?.text).toBe('Det er ingen kommende møter å svare for ennå.');
    } finally {
      bot.now = saved;
    }
  });
});
