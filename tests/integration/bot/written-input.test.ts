import { InvalidValue } from '../../../bot/src/domain/errors';
import { LIMITS } from '../../../bot/src/domain/limits';
import { PEOPLE, useStartedBot } from '../../support/bot-harness';

describe('giving written input through the bot', () => {
  const { bot, ref } = useStartedBot();
  let request: { councilId: string; meetingId: string; requestId: string };

  beforeAll(() => {
    request = { ...ref, requestId: 'ir-forventninger' };
  });

  const storedInput = async (memberId: string) =>
    (await bot.deps.work.get(bot.councilId, ref.meetingId, 'input', { requestId: 'ir-forventninger', memberId }))?.value;

  it('"innspill" shows the request with one answer field per question and the deadline', async () => {
    const [reply] = await bot.say(PEOPLE.megan, 'innspill');
    const card = reply?.card;
    expect(card?.texts[0]).toBe('Skriftlig innspill');
    expect(card?.inputs.get('answer_q1')?.label).toBe('Hva skal det forventes av brukerutvalgene på lokalkontorene?');
    expect(card?.texts.find((t) => t.startsWith('Frist:'))).toMatch(/^Frist: \p{L}+ \d+\. \p{L}+ \d{4} kl\. 23\.59$/u);
    expect([...(card?.inputs.keys() ?? [])]).toEqual(['answer_q1', 'answer_q2']);
  });

  it('stores the answers, and lets the member edit them before the deadline', async () => {
    const first = await bot.press(PEOPLE.megan, 'submitInput', {
      ...request,
      answer_q1: 'Faste møter med NAV-leder.',
      answer_q2: '',
    });
    expect(first.card?.texts).toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');
    expect((await storedInput(PEOPLE.megan.aadObjectId))?.answers).toEqual({ q1: 'Faste møter med NAV-leder.' });

    const edited = await bot.press(PEOPLE.megan, 'submitInput', {
      ...request,
      answer_q1: 'Faste møter.',
      answer_q2: 'Årlig samling.',
    });
    expect(edited.card?.inputs.get('answer_q2')?.value).toBe('Årlig samling.');
    expect(edited.card?.texts).toContain('Takk! Endringene dine er lagret. Du kan endre innspillet fram til fristen.');
    expect((await storedInput(PEOPLE.megan.aadObjectId))?.answers).toEqual({ q1: 'Faste møter.', q2: 'Årlig samling.' });
  });

  it('asks for at least one answer, and refuses an over-long one, keeping what was typed', async () => {
    const empty = await bot.press(PEOPLE.isaiah, 'submitInput', { ...request, answer_q1: '  ', answer_q2: '' });
    expect(empty.card?.problems).toEqual(['Noe må rettes før jeg kan lagre. Se under.', 'Dette må fylles ut.']);
    const long = await bot.press(PEOPLE.isaiah, 'submitInput', { ...request, answer_q1: 'kort', answer_q2: 'x'.repeat(8001) });
    expect(long.card?.problems).toContain('For lang tekst: høyst 8000 tegn.');
    expect(long.card?.inputs.get('answer_q1')?.value).toBe('kort');
    expect(await storedInput(PEOPLE.isaiah.aadObjectId)).toBeUndefined();
  });

  describe('long answers', () => {
    const TEN: { councilId: string; meetingId: string; requestId: string } = { councilId: '', meetingId: '', requestId: 'ir-ti' };
    // Every answer as long as the card allows (8,000 characters, an emoji counting as one), with Norwegian
    // letters, emoji, quotes and line breaks: about 88,000 UTF-16 units of JSON in all.
    const characters = (text: string) => [...text].length;
    const longAnswers = Object.fromEntries(
      Array.from({ length: LIMITS.questionsPerRequest }, (_, i) => {
        const text = `${i + 1}. ${'Vi ønsker «færre» skjemaer på NAV-kontoret i Årdal 🙂👍🏽\n"sitat" '.repeat(200)}`;
        return [`q${i + 1}`, [...text].slice(0, LIMITS.answer - 1).join('') + '.'];
      }),
    );
    const fields = (answers: Record<string, string>) =>
      Object.fromEntries(Object.entries(answers).map(([id, text]) => [`answer_${id}`, text]));
    const stored = async (memberId: string) =>
      (await bot.deps.work.get(bot.councilId, ref.meetingId, 'input', { requestId: 'ir-ti', memberId }))?.value;

    beforeAll(async () => {
      Object.assign(TEN, ref);
      const stored = await bot.deps.work.get(bot.councilId, ref.meetingId, 'inputRequest', 'ir-forventninger');
      await bot.deps.work.create(bot.councilId, 'inputRequest', {
        ...stored!.value,
        id: 'ir-ti',
        questions: Array.from({ length: LIMITS.questionsPerRequest }, (_, i) => ({ id: `q${i + 1}`, text: `Spørsmål ${i + 1}` })),
      });
    });

    it('stores ten answers of 8,000 characters and shows them all back on the card', async () => {
      for (const text of Object.values(longAnswers)) expect(characters(text)).toBe(LIMITS.answer);
      const reply = await bot.press(PEOPLE.adele, 'submitInput', { ...TEN, ...fields(longAnswers) });
      expect(reply.card?.texts).toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');
      expect(reply.card?.problems).toEqual([]);
      for (const [id, text] of Object.entries(longAnswers)) expect(reply.card?.inputs.get(`answer_${id}`)?.value).toBe(text);
      expect((await stored(PEOPLE.adele.aadObjectId))?.answers).toEqual(longAnswers);
      // And the package's answer list (one partition read) has them whole too.
      const set = await bot.deps.work.load(bot.councilId, ref.meetingId);
      expect(set.input.find((r) => r.value.requestId === 'ir-ti')?.value.answers).toEqual(longAnswers);
    });

    it('refuses an answer over the limit with the form again: every text kept, the limit named, nothing stored', async () => {
      const typed = { ...longAnswers, q4: `${longAnswers['q4']}!` };
      expect(characters(typed.q4)).toBe(LIMITS.answer + 1);
      const reply = await bot.press(PEOPLE.isaiah, 'submitInput', { ...TEN, ...fields(typed) });
      expect(reply.card?.problems).toEqual(['Noe må rettes før jeg kan lagre. Se under.', 'For lang tekst: høyst 8000 tegn.']);
      for (const [id, text] of Object.entries(typed)) expect(reply.card?.inputs.get(`answer_${id}`)?.value).toBe(text);
      expect(await stored(PEOPLE.isaiah.aadObjectId)).toBeUndefined();
    });

    it('when storage refuses the answers as a whole, shows the form again with the text kept and the limit named', async () => {
      const refusal = new InvalidValue('answers', { problem: 'tooMuchText', params: { max: 300000 } });
      const create = jest.spyOn(bot.deps.work, 'create').mockRejectedValueOnce(refusal);
      try {
        const reply = await bot.press(PEOPLE.patti, 'submitInput', { ...TEN, ...fields(longAnswers) });
        expect(reply.message).toBeUndefined();
        expect(reply.card?.problems).toEqual(['Too much text in all: at most 300000 characters together.']);
        for (const [id, text] of Object.entries(longAnswers)) expect(reply.card?.inputs.get(`answer_${id}`)?.value).toBe(text);
      } finally {
        create.mockRestore();
      }
    });
  });

  it('after the deadline says so and names the secretary, and stores nothing', async () => {
    const stored = await bot.deps.work.get(bot.councilId, ref.meetingId, 'inputRequest', 'ir-forventninger');
    const saved = bot.now;
    bot.now = new Date(Date.parse(stored!.value.deadline) + 1000);
    try {
      const reply = await bot.press(PEOPLE.lynne, 'submitInput', { ...request, answer_q1: 'For seint' });
      expect(reply.card?.problems.join(' ')).toMatch(
        /^Fristen gjekk ut .+ Ta kontakt med sekretæren, Alex Wilber, om du likevel vil seie noko\.$/,
      );
      expect(reply.card?.inputs.size).toBe(0);
      expect(await storedInput(PEOPLE.lynne.aadObjectId)).toBeUndefined();
    } finally {
      bot.now = saved;
    }
  });

  it('refuses a stranger and an unknown request', async () => {
    const stranger = await bot.press(PEOPLE.stranger, 'submitInput', { ...request, answer_q1: 'hei' });
    expect(stranger.message).toContain('ikke registrert som medlem');
    const unknown = await bot.press(PEOPLE.adele, 'submitInput', { ...request, requestId: 'ir-finnes-ikke', answer_q1: 'hei' });
    expect(unknown.message).toContain('finner ikke');
  });

  it('writes input cards in English for an English speaker who is not a member yet', async () => {
    const [reply] = await bot.say(PEOPLE.stranger, 'input', { locale: 'en-GB' });
    expect(reply?.text).toBe('You are not registered as a member of a user council yet. Ask the secretary to add you.');
  });
});
