import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { BotHarness, PEOPLE } from '../../support/bot-harness';
import type { Sender } from '../../support/activities';
import { cardInvoke, postInvoke } from '../../support/card-invoke';
import { StorageOutage } from '../../support/storage-outage';
import { tabApi, type ApiReply } from '../../support/tab-api-client';

/**
 * Storage that stops answering (paused: connections hang) or is gone (killed:
 * connections refused). Teams gives up on a bot after 15 s, so a card press
 * must be answered with an apology the member can read, and the tab API with
 * 503 and a retry hint; whatever was being written lands whole or not at all.
 */
const outage = new StorageOutage();
const bot = new BotHarness();
const api = tabApi(() => bot.running.baseUrl);
let meetingId: string;

const agendaPath = () => `/api/councils/${bot.councilId}/meetings/${meetingId}/agenda`;
const ordinaryIds = (view: AgendaView) => view.items.filter((e) => e.item.standard === undefined).map((e) => e.item.id);

async function readAgenda(): Promise<AgendaView> {
  const reply = await api<{ agenda: AgendaView }>('GET', agendaPath());
  expect(reply.status).toBe(200);
  return reply.body.agenda;
}

function expectUnavailable(reply: ApiReply<Record<string, unknown>>): void {
  expect(reply.status).toBe(503);
  expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(reply.body).toEqual({ error: { code: 'storageUnavailable', message: expect.any(String) as string } });
}

/** Presses "attend" on the attendance card, as `person` with their Teams locale. */
const pressAttend = (person: Sender, locale?: string) =>
  bot.press(person, 'answerAttendance', { councilId: bot.councilId, meetingId, choice: 'attend' }, locale ? { locale } : {});

async function attendanceOf(aadObjectId: string) {
  return (await bot.deps.work.get(bot.councilId, meetingId, 'attendance', aadObjectId))?.value.answer;
}

beforeAll(async () => {
  await outage.start();
  await bot.start({ storage: outage.settings, tables: outage.tables });
  meetingId = await bot.upcomingMeetingId();
});
afterAll(async () => {
  await bot.stop();
  await outage.stop();
});

describe('storage paused', () => {
  afterEach(() => outage.resume());

  it('answers a card press with the apology in the member’s language, and nothing is recorded', async () => {
    const before = await attendanceOf(PEOPLE.lynne.aadObjectId);
    outage.pause();
    const reply = await pressAttend(PEOPLE.lynne, 'nn-NO');
    expect(reply.status).toBe(200);
    expect(reply.message).toBe(textsFor('nn').cards.storageUnavailable);
    outage.resume();
    // The press never got past the duplicate check, so the answer is as before.
    expect(await attendanceOf(PEOPLE.lynne.aadObjectId)).toEqual(before);
    // Once storage is back, pressing again works.
    const again = await pressAttend(PEOPLE.lynne);
    expect(again.card).toBeDefined();
    expect(await attendanceOf(PEOPLE.lynne.aadObjectId)).toEqual({ kind: 'attend' });
  });

  it('apologises when the write itself hangs; Teams’ retry of that press later records it once', async () => {
    const activity = cardInvoke(
      bot.recorder.url,
      PEOPLE.patti,
      'answerAttendance',
      { councilId: bot.councilId, meetingId, choice: 'apologies', reason: 'sykdom' },
      { locale: 'en-US' },
    );
    outage.pauseAtNextWrite('meetingWork');
    const reply = await postInvoke(bot.running.baseUrl, activity);
    expect(reply).toEqual({
      status: 200,
      body: expect.objectContaining({ statusCode: 200, value: textsFor('en').cards.storageUnavailable }) as unknown,
    });
    outage.resume();
    // The write that hung may have landed when storage woke up: either way it is whole.
    expect([undefined, { kind: 'apologies', reason: 'sykdom' }]).toContainEqual(await attendanceOf(PEOPLE.patti.aadObjectId));
    // A retry of the very same activity does the work rather than being taken for a duplicate.
    bot.now = new Date(bot.now.getTime() + 60_000);
    const retry = await postInvoke(bot.running.baseUrl, activity);
    expect(retry.status).toBe(200);
    expect(retry.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await attendanceOf(PEOPLE.patti.aadObjectId)).toEqual({ kind: 'apologies', reason: 'sykdom' });
  });

  it('answers a reorder with 503 and a retry hint; the agenda is in the old order or the new, never a mix', async () => {
    const view = await readAgenda();
    const before = ordinaryIds(view);
    const reversed = view.items
      .filter((e) => e.item.standard === undefined)
      .reverse()
      .map((e) => ({ id: e.item.id, etag: e.etag }));
    outage.pauseAtNextWrite('meetingWork');
    expectUnavailable(await api('PUT', `${agendaPath()}/order`, { body: { items: reversed } }));
    outage.resume();
    expect([before, reversed.map((r) => r.id)]).toContainEqual(ordinaryIds(await readAgenda()));
  });

  it('answers a reorder with 503 when storage hangs from the first read', async () => {
    const view = await readAgenda();
    const items = view.items.filter((e) => e.item.standard === undefined).map((e) => ({ id: e.item.id, etag: e.etag }));
    outage.pause();
    expectUnavailable(await api('PUT', `${agendaPath()}/order`, { body: { items: [...items].reverse() } }));
  });
});

// Last: a killed in-memory Azurite takes its data with it.
describe('storage killed', () => {
  let order: { id: string; etag: string }[];
  beforeAll(async () => {
    order = (await readAgenda()).items.filter((e) => e.item.standard === undefined).map((e) => ({ id: e.item.id, etag: e.etag }));
    outage.kill();
  });

  it('answers a card press with the apology (200), not an empty 501', async () => {
    const reply = await pressAttend(PEOPLE.adele, 'nb-NO');
    expect(reply.status).toBe(200);
    expect(reply.message).toBe(textsFor('nb').cards.storageUnavailable);
  });

  it('answers a reorder with 503 and a retry hint, not 500', async () => {
    expectUnavailable(await api('PUT', `${agendaPath()}/order`, { body: { items: [...order].reverse() } }));
  });
});
