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

  it('a first attendance answer takes at most 4 round trips and reads no roster to find the member', async () => {
    const press = await counted(async () => {
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'remote' });
      expect(reply.card?.texts).toContain('Svaret ditt nå: deltar digitalt');
    });
    console.log('first press', press.roundTrips, press.requests);
    expect(press.roundTrips).toBeLessThanOrEqual(4);
  });

  it('changing the answer takes at most 4 round trips too', async () => {
    const press = await counted(async () => {
      const reply = await bot.press(PEOPLE.adele, 'answerAttendance', { ...ref, choice: 'apologies', reason: 'syk' });
      expect(reply.card?.texts).toContain('Svaret ditt nå: forfall');
    });
    console.log('change press', press.roundTrips, press.requests);
    expect(press.roundTrips).toBeLessThanOrEqual(4);
  });

  it('a tab start (GET /api/me) takes at most 2 round trips', async () => {
    const me = await counted(async () => {
      const answer = await tabApiCall<{ councils: { id: string }[] }>(bot.running.baseUrl, 'GET', '/api/me', {
        as: PEOPLE.adele.aadObjectId,
      });
      expect(answer.body.councils.map((c) => c.id)).toEqual([bot.councilId]);
    });
    console.log('me', me.roundTrips, me.requests);
    expect(me.roundTrips).toBeLessThanOrEqual(2);
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
    console.log('package', load.roundTrips, load.requests);
    expect(load.to('meetingWork')).toBe(1);
  });
});
