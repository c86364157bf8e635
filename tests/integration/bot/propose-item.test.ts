import { randomUUID } from 'node:crypto';
import { PEOPLE, useStartedBot } from '../../support/bot-harness';

describe('proposing an agenda item through the bot', () => {
  const { bot, ref } = useStartedBot();
  let meetingChoice: string;

  beforeAll(() => {
    meetingChoice = `${bot.councilId}~${ref.meetingId}`;
  });

  const proposalsBy = async (memberId: string) =>
    (await bot.deps.work.load(bot.councilId, ref.meetingId)).proposal
      .map((p) => p.value)
      .filter((p) => p.proposerId === memberId);

  it('answers "foreslå sak" with a form offering the upcoming meeting, a kind, and a fresh form id', async () => {
    const [reply] = await bot.say(PEOPLE.megan, 'foreslå sak');
    const card = reply?.card;
    expect(card?.texts[0]).toBe('Foreslå en sak');
    const meeting = card?.inputs.get('meeting');
    expect(meeting?.choices?.map((c) => c.value)).toEqual([meetingChoice]);
    expect(meeting?.choices?.[0]?.title).toMatch(/^\p{L}+ \d+\. \p{L}+ \d{4} kl\. 10\.00–12\.30$/u);
    expect(card?.inputs.get('kind')?.choices?.map((c) => c.title)).toEqual(['Orientering', 'Drøfting', 'Vedtak']);
    const submit = card?.buttons.find((b) => b.verb === 'submitProposal');
    expect(submit?.data?.['formId']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores a valid proposal and replaces the form with a receipt showing the text literally', async () => {
    const formId = randomUUID();
    const reply = await bot.press(PEOPLE.adele, 'submitProposal', {
      formId,
      meeting: meetingChoice,
      title: '${secret} <script>alert(1)</script>',
      description: 'Vi vil drøfte ventetid på telefon.',
      kind: 'decision',
      presenter: '',
      link: 'https://www.nav.no/brukerutvalg',
    });
    expect(reply.status).toBe(200);
    expect(reply.card?.texts[0]).toBe('Takk! Forslaget ditt er mottatt');
    expect(reply.card?.texts).toContain('${secret} <script>alert(1)</script>');
    expect(reply.card?.facts.find((f) => f.title === 'Type')?.value).toBe('Vedtak');
    const stored = (await proposalsBy(PEOPLE.adele.aadObjectId)).find((p) => p.id === formId);
    expect(stored).toMatchObject({
      title: '${secret} <script>alert(1)</script>',
      kind: 'decision',
      status: 'pending',
      link: 'https://www.nav.no/brukerutvalg',
    });
    expect(stored?.presenter).toBeUndefined();
  });

  it('stores one proposal when the same form is sent twice (double press)', async () => {
    const formId = randomUUID();
    const data = { formId, meeting: meetingChoice, title: 'Tolketjenester', kind: 'discussion' };
    const [first, second] = await Promise.all([
      bot.press(PEOPLE.isaiah, 'submitProposal', data),
      bot.press(PEOPLE.isaiah, 'submitProposal', data),
    ]);
    expect(first.card?.texts[0]).toBe('Takk! Forslaget ditt er mottatt');
    expect(second.card?.texts[0]).toBe('Takk! Forslaget ditt er mottatt');
    expect((await proposalsBy(PEOPLE.isaiah.aadObjectId)).filter((p) => p.title === 'Tolketjenester')).toHaveLength(1);
  });

  it('gives the same form back with the values kept and each problem next to its field', async () => {
    const formId = randomUUID();
    const before = (await proposalsBy(PEOPLE.megan.aadObjectId)).length;
    const reply = await bot.press(PEOPLE.megan, 'submitProposal', {
      formId,
      meeting: meetingChoice,
      title: '   ',
      description: 'Beskrivelsen skal ikke forsvinne',
      kind: 'decision',
      presenter: 'P'.repeat(121),
      link: 'javascript:alert(1)',
    });
    const card = reply.card!;
    expect(card.texts[0]).toBe('Foreslå en sak');
    expect(card.problems).toEqual([
      'Noe må rettes før jeg kan lagre. Se under.',
      'Dette må fylles ut.',
      'For lang tekst: høyst 120 tegn.',
      'Skriv en nettadresse som begynner med https://',
    ]);
    expect(card.inputs.get('description')?.value).toBe('Beskrivelsen skal ikke forsvinne');
    expect(card.inputs.get('kind')?.value).toBe('decision');
    expect(card.inputs.get('link')?.value).toBe('javascript:alert(1)');
    // The same form id, so a corrected submit is still one proposal.
    expect(card.buttons.find((b) => b.verb === 'submitProposal')?.data?.['formId']).toBe(formId);
    expect(await proposalsBy(PEOPLE.megan.aadObjectId)).toHaveLength(before);
  });

  it('refuses a stranger politely and stores nothing', async () => {
    const [reply] = await bot.say(PEOPLE.stranger, 'foreslå sak');
    expect(reply?.text).toContain('ikke registrert som medlem');
    const pressed = await bot.press(PEOPLE.stranger, 'submitProposal', {
      formId: randomUUID(),
      meeting: meetingChoice,
      title: 'Fra en utenforstående',
      kind: 'discussion',
    });
    expect(pressed.message).toContain('ikke registrert som medlem av dette brukerutvalget');
    expect(await proposalsBy(PEOPLE.stranger.aadObjectId)).toHaveLength(0);
  });

  it('refuses proposals for a meeting whose proposal deadline has passed', async () => {
    const pastMeeting = await bot.pastMeetingId();
    const reply = await bot.press(PEOPLE.adele, 'submitProposal', {
      formId: randomUUID(),
      meeting: `${bot.councilId}~${pastMeeting}`,
      title: 'For sent',
      kind: 'discussion',
    });
    expect(reply.message).toBe('Dette møtet tar ikke imot svar lenger.');
    const work = await bot.deps.work.load(bot.councilId, pastMeeting);
    expect(work.proposal).toHaveLength(0);
  });

  it('refuses a forged form id that belongs to someone else’s proposal', async () => {
    const [theirs] = await proposalsBy(PEOPLE.adele.aadObjectId);
    const reply = await bot.press(PEOPLE.megan, 'submitProposal', {
      formId: theirs!.id,
      meeting: meetingChoice,
      title: 'Overtatt',
      kind: 'discussion',
    });
    expect(reply.message).toBeDefined();
    expect((await bot.deps.work.get(bot.councilId, ref.meetingId, 'proposal', theirs!.id))?.value.title).toBe(theirs!.title);
  });

  it('speaks nynorsk to a nynorsk member and English to a member who chose English', async () => {
    const [nn] = await bot.say(PEOPLE.lynne, 'foreslå sak');
    expect(nn?.card?.texts[0]).toBe('Foreslå ei sak');
    const isaiah = await bot.deps.members.get(bot.councilId, PEOPLE.isaiah.aadObjectId);
    await bot.deps.members.update({ ...isaiah!.value, language: 'en' }, isaiah!.etag);
    const [en] = await bot.say(PEOPLE.isaiah, 'propose item');
    expect(en?.card?.texts[0]).toBe('Propose an item');
    expect(en?.card?.inputs.get('meeting')?.choices?.[0]?.title).toMatch(/^\p{L}+day \d+ \p{L}+ \d{4} at 10:00–12:30$/u);
  });
});
