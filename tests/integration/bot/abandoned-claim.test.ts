import { randomUUID } from 'node:crypto';
import { handledActivityKey } from '../../../bot/src/teams/handled-once';
import { personalMessage, postActivity } from '../../support/activities';
import { PEOPLE, useStartedBot } from '../../support/bot-harness';
import { cardInvoke, postInvoke } from '../../support/card-invoke';

/**
 * A turn that claimed an activity and died before doing the work (the process
 * was killed, storage failed before the claim could be given back) leaves a
 * claim that is never completed. Teams' retry of that activity must do the
 * work, not be taken for a duplicate; a retry while the first turn may still
 * be working must not do it twice.
 */
describe('a redelivery finding a claim that was never completed', () => {
  const { bot, ref } = useStartedBot();

  /** Leaves the claim a dead turn would have left: taken now, never completed. */
  async function claimLeftBehind(activity: Record<string, unknown>, manual = true): Promise<void> {
    const key = handledActivityKey(activity, manual);
    if (!key) throw new Error('this activity is not tracked');
    await bot.deps.handledActivities.claim(key, bot.now.toISOString());
  }
  const later = (ms: number) => {
    bot.now = new Date(bot.now.getTime() + ms);
  };
  const attendanceOf = async (aadObjectId: string) =>
    (await bot.deps.work.get(bot.councilId, ref.meetingId, 'attendance', aadObjectId))?.value.answer;
  const repliesTo = (activity: Record<string, unknown>) =>
    bot.recorder.calls.filter((c) => c.method === 'POST' && c.path.includes(`/activities/${String(activity['id'])}`)).length;

  it('records the card press when Teams retries it after the first turn died', async () => {
    const activity = cardInvoke(bot.recorder.url, PEOPLE.isaiah, 'answerAttendance', {
      ...ref,
      choice: 'apologies',
      reason: 'reise',
    });
    await claimLeftBehind(activity);
    later(20_000);
    const retry = await postInvoke(bot.running.baseUrl, activity);
    expect(retry.status).toBe(200);
    expect(retry.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await attendanceOf(PEOPLE.isaiah.aadObjectId)).toEqual({ kind: 'apologies', reason: 'reise' });
    // Done now: one more redelivery writes nothing and replies the same way.
    await bot.press(PEOPLE.isaiah, 'answerAttendance', { ...ref, choice: 'attend' });
    later(20_000);
    await postInvoke(bot.running.baseUrl, activity);
    expect(await attendanceOf(PEOPLE.isaiah.aadObjectId)).toEqual({ kind: 'attend' });
  });

  it('answers a retried message whose first turn died', async () => {
    const activity = personalMessage(bot.recorder.url, PEOPLE.megan, 'hjelp');
    await claimLeftBehind(activity, false);
    later(20_000);
    await postActivity(bot.running.baseUrl, activity);
    await bot.recorder.waitFor((c) => c.path.includes(`/activities/${String(activity['id'])}`));
    expect(repliesTo(activity)).toBe(1);
  });

  it('does not do the work while the first turn may still be at it', async () => {
    const activity = cardInvoke(bot.recorder.url, PEOPLE.adele, 'answerAttendance', {
      ...ref,
      choice: 'apologies',
      reason: 'kurs',
    });
    const before = await attendanceOf(PEOPLE.adele.aadObjectId);
    await claimLeftBehind(activity);
    const redelivered = await postInvoke(bot.running.baseUrl, activity);
    expect(redelivered.status).toBe(200);
    expect(await attendanceOf(PEOPLE.adele.aadObjectId)).toEqual(before);
  });

  it('stores no proposal from a redelivered submit while the first turn may still be at it, and keeps what was typed', async () => {
    const title = `Tilgjengelige møtelokaler ${randomUUID().slice(0, 6)}`;
    const activity = cardInvoke(bot.recorder.url, PEOPLE.adele, 'submitProposal', {
      formId: randomUUID(),
      meeting: `${bot.councilId}~${ref.meetingId}`,
      title,
      kind: 'discussion',
    });
    await claimLeftBehind(activity);
    const redelivered = await postInvoke(bot.running.baseUrl, activity);
    expect(redelivered.status).toBe(200);
    expect(JSON.stringify(redelivered.body.value)).toContain(title);
    const work = await bot.deps.work.load(bot.councilId, ref.meetingId);
    expect(work.proposal.filter((p) => p.value.title === title)).toHaveLength(0);
  });
});
