import { PEOPLE, useStartedBot } from '../../support/bot-harness';
import { postInvoke } from '../../support/card-invoke';

describe('malformed card actions get a clear answer, never a crash', () => {
  const { bot, ref } = useStartedBot();

  const rawInvoke = (value: unknown) => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `bad-${Math.random()}`,
    serviceUrl: bot.recorder.url,
    channelId: 'msteams',
    from: { id: '29:x', name: 'Adele Vance', aadObjectId: PEOPLE.adele.aadObjectId },
    conversation: { id: 'a:personal', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000001' },
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000001' } },
    value,
  });

  it.each([
    ['no value', undefined],
    ['no action', {}],
    ['an Action.Submit', { action: { type: 'Action.Submit', verb: 'answerAttendance' } }],
    ['an unknown verb', { action: { type: 'Action.Execute', verb: 'deleteEverything', data: {} } }],
    ['a verb that is not a string', { action: { type: 'Action.Execute', verb: 42 } }],
  ])('answers 400 for %s', async (_label, value) => {
    const reply = await postInvoke(bot.running.baseUrl, rawInvoke(value));
    expect(reply.status).toBe(400);
  });

  it.each([
    ['data that is not an object', 'not an object'],
    ['ids that would break table keys', { councilId: 'a/b#c', meetingId: '../x', choice: 'attend' }],
    ['numbers where text belongs', { ...{ councilId: 1, meetingId: 2 }, choice: 3 }],
  ])('tells the member the card could not be read for %s, and stores nothing', async (_label, data) => {
    const before = (await bot.deps.work.load(ref.councilId, ref.meetingId)).attendance.length;
    const reply = await bot.press(PEOPLE.adele, 'answerAttendance', data as Record<string, unknown>);
    expect(reply.status).toBe(200);
    expect(reply.message).toBe('Noe i svaret kunne jeg ikke ta imot. Åpne kortet på nytt og prøv igjen.');
    expect((await bot.deps.work.load(ref.councilId, ref.meetingId)).attendance).toHaveLength(before);
  });

  it('keeps a huge pasted text out of storage and says how long it may be', async () => {
    const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'apologies', reason: 'x'.repeat(100_000) });
    expect(reply.card?.problems).toContain('For lang tekst: høyst 500 tegn.');
    // What comes back in the input is capped too, so the card stays small.
    expect(String(reply.card?.inputs.get('reason')?.value).length).toBeLessThanOrEqual(10_000);
    const stored = await bot.deps.work.get(ref.councilId, ref.meetingId, 'attendance', PEOPLE.adele.aadObjectId);
    expect(stored).toBeUndefined();
  });

  it('treats an activity without a sender as a stranger', async () => {
    const activity = rawInvoke({
      action: { type: 'Action.Execute', verb: 'answerAttendance', data: { ...ref, choice: 'attend' } },
    });
    delete (activity as { from?: unknown }).from;
    const reply = await postInvoke(bot.running.baseUrl, activity);
    expect(reply.status).toBe(200);
    expect(String(reply.body.value)).toContain('ikke registrert som medlem');
  });
});
