import { randomUUID } from 'node:crypto';
import type { FollowUp } from '../../../bot/src/domain/follow-up';
import { BotHarness, PEOPLE } from '../../support/bot-harness';

describe('follow-ups in the bot: "min status" and marking one done on its card', () => {
  const bot = new BotHarness();
  let followUpId: string;
  let pastMeetingId: string;

  beforeAll(async () => {
    bot.now = new Date('2026-03-10T09:00:00.000Z');
    await bot.start();
    pastMeetingId = await bot.pastMeetingId();
    const past = await bot.deps.meetings.get(bot.councilId, pastMeetingId);
    followUpId = randomUUID();
    const followUp: FollowUp = {
      id: followUpId,
      councilId: bot.councilId,
      meetingId: pastMeetingId,
      meetingStartsAt: past!.value.startsAt,
      responsibleId: PEOPLE.isaiah.aadObjectId,
      what: 'Sjekke om *brukerpanelet* kan møtes i Notodden',
      due: '2026-04-30',
      status: 'open',
      createdBy: PEOPLE.alex.aadObjectId,
      createdAt: bot.now.toISOString(),
    };
    await bot.deps.followUps.create(followUp);
  });
  afterAll(() => bot.stop());

  const stored = async () => (await bot.deps.followUps.get(bot.councilId, followUpId))?.value;
  // This test's follow-up's card (the demo's own open follow-up on Isaiah is in "min status" too).
  const followUpCard = <Card extends { buttons: { verb?: string; data?: Record<string, unknown> }[] }>(
    replies: { card?: Card }[],
  ): Card | undefined =>
    replies.find((r) => r.card?.buttons.some((b) => b.verb === 'markFollowUpDone' && b.data?.['followUpId'] === followUpId))
      ?.card;

  it('"min status" shows the member their own open follow-up, with a note field and "Merk som gjort"', async () => {
    const replies = await bot.say(PEOPLE.isaiah, 'min status');
    // This one and the one the demo's older meeting left on Isaiah.
    expect(replies.map((r) => r.text)).toContain('Brukerutvalget i NAV Vestfold og Telemark: Dine åpne oppfølgingspunkter: 2');
    const card = followUpCard(replies);
    expect(card?.texts).toContain('Oppfølging');
    // The member's text is shown as typed (no Markdown).
    expect(card?.texts).toContain('Sjekke om *brukerpanelet* kan møtes i Notodden');
    expect(card?.texts).toContain('Frist torsdag 30. april 2026');
    expect(card?.inputs.get('note')?.label).toBe('Hva ble gjort?');
    expect(card?.buttons).toEqual([
      { title: 'Merk som gjort', verb: 'markFollowUpDone', data: { councilId: bot.councilId, followUpId } },
    ]);
    // Another member's "min status" does not show it.
    expect(followUpCard(await bot.say(PEOPLE.lynne, 'min status'))).toBeUndefined();
  });

  it('refuses an empty note on the same card, keeping nothing, and another member may not mark it', async () => {
    const empty = await bot.press(PEOPLE.isaiah, 'markFollowUpDone', { councilId: bot.councilId, followUpId, note: '  ' });
    expect(empty.card?.problems).toEqual(['Dette må fylles ut.']);
    expect(empty.card?.buttons.map((b) => b.verb)).toEqual(['markFollowUpDone']);
    const other = await bot.press(PEOPLE.adele, 'markFollowUpDone', {
      councilId: bot.councilId,
      followUpId,
      note: 'Gjort av meg',
    });
    expect(other.card?.problems.length).toBe(1);
    expect(other.card?.buttons).toEqual([]);
    expect((await stored())?.status).toBe('open');
  });

  it('marks it done with the note: the card is replaced in place, and it leaves "min status"', async () => {
    const done = await bot.press(PEOPLE.isaiah, 'markFollowUpDone', {
      councilId: bot.councilId,
      followUpId,
      note: 'Avtalt møte 12. mai',
    });
    expect(done.status).toBe(200);
    expect(done.card?.texts).toContain('Gjort: Avtalt møte 12. mai');
    expect(done.card?.texts).toContain('Merket som gjort av Isaiah Langer tirsdag 10. mars 2026.');
    expect(done.card?.buttons).toEqual([]);
    expect(await stored()).toMatchObject({
      status: 'done',
      done: { by: PEOPLE.isaiah.aadObjectId, note: 'Avtalt møte 12. mai' },
    });
    // The same press again (a double tap) shows the same card and writes nothing new.
    const before = await bot.deps.followUps.get(bot.councilId, followUpId);
    const again = await bot.press(PEOPLE.isaiah, 'markFollowUpDone', {
      councilId: bot.councilId,
      followUpId,
      note: 'Avtalt møte 12. mai',
    });
    expect(again.card?.texts).toContain('Gjort: Avtalt møte 12. mai');
    expect((await bot.deps.followUps.get(bot.councilId, followUpId))?.etag).toBe(before?.etag);
    const after = await bot.say(PEOPLE.isaiah, 'min status');
    expect(after.map((r) => r.text)).toContain('Brukerutvalget i NAV Vestfold og Telemark: Dine åpne oppfølgingspunkter: 1');
    expect(followUpCard(after)).toBeUndefined();
  });
});
