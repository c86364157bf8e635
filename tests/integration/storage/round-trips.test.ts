import { createTableClientFactory } from '../../../bot/src/storage/table-storage';
import { BotHarness, PEOPLE } from '../../support/bot-harness';
import { countingTables, type CountingTables } from '../../support/counting-tables';
import { tabApiCall } from '../../support/tab-api-call';
import { freshTestStorage } from '../../support/test-storage';

/**
 * Storage round trips per operation, counted on the real server over Azurite,
 * so they cannot creep back: each one is a wait on the Table service that a
 * person pressing a button or opening the tab sits through.
 */
describe('storage round trips per operation', () => {
  const bot = new BotHarness();
  let tables: CountingTables;
  let ref: { councilId: string; meetingId: string };

  beforeAll(async () => {
    const storage = await freshTestStorage();
    tables = countingTables(createTableClientFactory(storage));
    await bot.start({ storage, tables: tables.factory });
    ref = { councilId: bot.councilId, meetingId: await bot.upcomingMeetingId() };
  });
  afterAll(() => bot.stop());

  const counted = async (operation: () => Promise<unknown>) => {
    tables.reset();
    await operation();
    return { roundTrips: tables.roundTrips, requests: tables.requests.length, to: tables.requestsTo };
  };

  it('a first attendance answer takes at most 4 storage round trips and reads nothing twice', async () => {
    const press = await counted(async () => {
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'remote' });
      expect(reply.card?.texts).toContain('Svaret ditt nå: deltar digitalt');
    });
    // Before: 8 round trips, 10 requests (the answer row, the meeting and the language each waited on their own).
    // Claim; council, roster, meeting and own answer together; the write; completing the claim.
    expect(press.roundTrips).toBeLessThanOrEqual(4);
    // The roster is read once (for the card's deputy choices), nothing twice, no membership lookup.
    expect(press.to('members')).toBe(1);
    expect(press.to('councils')).toBe(1);
    expect(press.to('memberships')).toBe(0);
    expect(press.requests).toBeLessThanOrEqual(7);
  });

  it('changing the answer takes at most 4 round trips too', async () => {
    const press = await counted(async () => {
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'apologies', reason: 'syk' });
      expect(reply.card?.texts).toContain('Svaret ditt nå: forfall');
    });
    expect(press.roundTrips).toBeLessThanOrEqual(4);
    expect(press.to('members')).toBe(1);
    expect(press.to('meetingWork')).toBe(2);
  });

  it('a redelivered press shows the stored answer in at most 3 round trips and writes nothing', async () => {
    const data = { ...ref, choice: 'attend' };
    await bot.press(PEOPLE.adele, 'answerAttendance', data, { id: 'press-delivered-twice' });
    const again = await counted(async () => {
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', data, { id: 'press-delivered-twice' });
      expect(reply.card?.texts).toContain('Svaret ditt nå: kommer');
    });
    // Before: 9 round trips. The refused claim, reading it, then the scope with the answer together.
    expect(again.roundTrips).toBeLessThanOrEqual(3);
    expect(again.to('meetingWork')).toBe(1);
    expect(tables.requests.filter((r) => r.table === 'meetingWork' && r.method !== 'GET')).toEqual([]);
  });

  it('a tab start (GET /api/me) takes at most 2 round trips', async () => {
    const me = await counted(async () => {
      const answer = await tabApiCall<{ councils: { id: string }[] }>(bot.running.baseUrl, 'GET', '/api/me', {
        as: PEOPLE.adele.aadObjectId,
      });
      expect(answer.body.councils.map((c) => c.id)).toEqual([bot.councilId]);
    });
    // The membership index, then council and member row by key together; never the roster.
    expect(me.roundTrips).toBeLessThanOrEqual(2);
    expect(me.requests).toBeLessThanOrEqual(3);
  });

  it('a meeting package load reads the working set with one partition query', async () => {
    const load = await counted(async () => {
      const answer = await tabApiCall(
        bot.running.baseUrl,
        'GET',
        `/api/councils/${ref.councilId}/meetings/${ref.meetingId}/package`,
        { as: PEOPLE.adele.aadObjectId },
      );
      expect(answer.status).toBe(200);
    });
    // Before: 3 round trips. Council, roster and meeting together, then the working set and the open follow-ups together.
    expect(load.roundTrips).toBe(2);
    expect(load.requests).toBe(5);
    expect(load.to('meetingWork')).toBe(1);
  });
});
