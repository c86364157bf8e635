import { BotHarness, PEOPLE } from '../../support/bot-harness';

describe('giving written input through the bot', () => {
  const bot = new BotHarness();
  let meetingId: string;
  let request: { councilId: string; meetingId: string; requestId: string };

  beforeAll(async () => {
    await bot.start();
    meetingId = await bot.upcomingMeetingId();
    request = { councilId: bot.councilId, meetingId, requestId: 'ir-forventninger' };
  });
  afterAll(() => bot.stop());

  const storedInput = async (memberId: string) =>
    (await bot.deps.work.get(bot.councilId, meetingId, 'input', { requestId: 'ir-forventninger', memberId }))?.value;

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

  it('after the deadline says so and names the secretary, and stores nothing', async () => {
    const stored = await bot.deps.work.get(bot.councilId, meetingId, 'inputRequest', 'ir-forventninger');
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
