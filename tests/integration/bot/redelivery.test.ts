import { randomUUID } from 'node:crypto';
import { personalMessage, postActivity } from '../../support/activities';
import { PEOPLE, useStartedBot } from '../../support/bot-harness';
import { cardInvoke, postInvoke } from '../../support/card-invoke';

describe('a redelivered activity (Teams retry, double press) across a restart', () => {
  const { bot, ref } = useStartedBot();

  it('stores one proposal when the same submit arrives before and after a restart', async () => {
    const activity = cardInvoke(bot.recorder.url, PEOPLE.adele, 'submitProposal', {
      formId: randomUUID(),
      meeting: `${bot.councilId}~${ref.meetingId}`,
      title: 'Brukermedvirkning i tiltak',
      kind: 'discussion',
    });
    const first = await postInvoke(bot.running.baseUrl, activity);
    await bot.restart();
    const second = await postInvoke(bot.running.baseUrl, activity);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    // The person still sees the receipt; storage holds the proposal once.
    expect(second.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const work = await bot.deps.work.load(bot.councilId, ref.meetingId);
    expect(work.proposal.filter((p) => p.value.title === 'Brukermedvirkning i tiltak')).toHaveLength(1);
  });

  it('answers a retried message once, even when the server restarted in between', async () => {
    const activity = personalMessage(bot.recorder.url, PEOPLE.megan, 'min status');
    const repliesTo = () =>
      bot.recorder.calls.filter((c) => c.method === 'POST' && c.path.includes(`/activities/${String(activity['id'])}`)).length;
    await postActivity(bot.running.baseUrl, activity);
    await bot.recorder.waitFor((c) => c.path.includes(`/activities/${String(activity['id'])}`));
    await bot.restart();
    const retry = await postActivity(bot.running.baseUrl, activity);
    expect(retry.status).toBeLessThan(300);
    // The adapter answers only once the turn has ended, so a reply to the retry would be recorded by now.
    expect(repliesTo()).toBe(1);
  });

  it('keeps the newer attendance answer when an older press is redelivered after a restart', async () => {
    const attend = cardInvoke(bot.recorder.url, PEOPLE.lynne, 'answerAttendance', { ...ref, choice: 'attend' });
    await postInvoke(bot.running.baseUrl, attend);
    await bot.press(PEOPLE.lynne, 'answerAttendance', { ...ref, choice: 'apologies', reason: 'kollisjon' });
    await bot.restart();
    const redelivered = await postInvoke(bot.running.baseUrl, attend);
    expect(redelivered.status).toBe(200);
    const stored = await bot.deps.work.get(bot.councilId, ref.meetingId, 'attendance', PEOPLE.lynne.aadObjectId);
    expect(stored?.value.answer).toEqual({ kind: 'apologies', reason: 'kollisjon' });
  });
});
