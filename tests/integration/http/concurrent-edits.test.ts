import { randomUUID } from 'node:crypto';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { tabApi } from '../../support/tab-api-client';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

/**
 * Twenty people press "save" at the same moment, each on what they all read:
 * exactly one change is saved, every other one is told it was too late (412),
 * and what is stored is the winner's change, never a mix. Real HTTP, real Azurite.
 */
const NOW = new Date('2026-03-10T09:00:00Z');
const EDITORS = 20;
const MEETINGS = `/api/councils/${DEMO_COUNCIL_ID}/meetings`;

let running: RunningTestApp;
const api = tabApi(() => running.baseUrl);

beforeAll(async () => {
  running = await startTestApp({ clock: () => NOW });
});
afterAll(() => running.close());

/** A planned meeting of its own with standard items and `items` ordinary ones. */
async function meetingWithItems(date: string, items: number): Promise<{ meeting: Meeting; agendaPath: string }> {
  const created = await api<{ meeting: Meeting }>('POST', MEETINGS, {
    body: { requestId: randomUUID(), date, startTime: '10:00', endTime: '12:00', place: 'NAV Skien' },
  });
  expect(created.status).toBe(201);
  const agendaPath = `${MEETINGS}/${created.body.meeting.id}/agenda`;
  for (let i = 1; i <= items; i++) {
    const added = await api('POST', `${agendaPath}/items`, { body: { id: `item-${i}`, title: `Sak ${i}`, kind: 'discussion' } });
    expect(added.status).toBe(201);
  }
  return { meeting: created.body.meeting, agendaPath };
}

async function agendaAt(path: string): Promise<AgendaView> {
  return (await api<{ agenda: AgendaView }>('GET', path)).body.agenda;
}
const ordinaryIds = (view: AgendaView) => view.items.filter((e) => e.item.standard === undefined).map((e) => e.item.id);
const statuses = (replies: { status: number }[]) => replies.map((r) => r.status).sort();

/**
 * `count` different orders of the same items, none of them the current one:
 * the first permutations in lexicographic order of the positions (6 items have 720).
 */
function differentOrders(ids: string[], count: number): string[][] {
  const orders: string[][] = [];
  const positions = ids.map((_, i) => i);
  while (orders.length < count && nextPermutation(positions)) orders.push(positions.map((i) => ids[i]!));
  if (orders.length < count) throw new Error(`${ids.length} items have fewer than ${count + 1} orders`);
  return orders;
}

/** Rearranges `a` into its next permutation in lexicographic order; false after the last one. */
function nextPermutation(a: number[]): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i]! >= a[i + 1]!) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j]! <= a[i]!) j--;
  [a[i], a[j]] = [a[j]!, a[i]!];
  a.splice(i + 1, a.length - i - 1, ...a.slice(i + 1).reverse());
  return true;
}

describe(`${EDITORS} editors at once`, () => {
  it('reordering the agenda from one read: exactly one order is saved, the others get 412', async () => {
    const { agendaPath } = await meetingWithItems('2026-04-15', 6);
    for (let round = 0; round < 3; round++) {
      const read = await agendaAt(agendaPath);
      const etags = new Map(read.items.map((e) => [e.item.id, e.etag]));
      const orders = differentOrders(ordinaryIds(read), EDITORS);
      const replies = await Promise.all(
        orders.map((ids) =>
          api('PUT', `${agendaPath}/order`, { body: { items: ids.map((id) => ({ id, etag: etags.get(id)! })) } }),
        ),
      );
      expect(statuses(replies)).toEqual([200, ...Array<number>(EDITORS - 1).fill(412)]);
      const winner = orders[replies.findIndex((r) => r.status === 200)]!;
      expect(ordinaryIds(await agendaAt(agendaPath))).toEqual(winner);
    }
  });

  it('adding items: every one is added, each in a place of its own', async () => {
    const { agendaPath } = await meetingWithItems('2026-04-22', 1);
    // On a busy machine a request can run out of its time budget while it waits its turn: it is
    // answered 503 (try again), and the client may repeat it with the same item id: a repeat of
    // one that was saved after all answers 200, anything else 201.
    const addUntilAnswered = async (i: number) => {
      for (let tries = 1; ; tries++) {
        const reply = await api('POST', `${agendaPath}/items`, {
          body: { id: `added-${i}`, title: `Ny sak ${i}`, kind: 'briefing' },
        });
        if (reply.status !== 503 || tries === 5) return reply;
      }
    };
    const replies = await Promise.all(Array.from({ length: EDITORS }, (_, i) => addUntilAnswered(i)));
    expect(replies.filter((r) => r.status !== 201 && r.status !== 200)).toEqual([]);
    const view = await agendaAt(agendaPath);
    const ordinary = view.items.filter((e) => e.item.standard === undefined);
    expect(ordinary).toHaveLength(EDITORS + 1);
    expect(new Set(ordinary.map((e) => e.item.order)).size).toBe(EDITORS + 1);
  });

  it('editing one agenda item: exactly one edit is saved, the others get 412', async () => {
    const { agendaPath } = await meetingWithItems('2026-04-29', 2);
    for (let round = 0; round < 3; round++) {
      const target = (await agendaAt(agendaPath)).items.find((e) => e.item.id === 'item-1')!;
      const titles = Array.from({ length: EDITORS }, (_, i) => `Runde ${round} redaktør ${i}`);
      const replies = await Promise.all(
        titles.map((title) =>
          api('PUT', `${agendaPath}/items/item-1`, { etag: target.etag, body: { title, kind: 'discussion' } }),
        ),
      );
      expect(statuses(replies)).toEqual([200, ...Array<number>(EDITORS - 1).fill(412)]);
      const saved = (await agendaAt(agendaPath)).items.find((e) => e.item.id === 'item-1')!;
      expect(saved.item.title).toBe(titles[replies.findIndex((r) => r.status === 200)]);
    }
  });

  it('editing one meeting: exactly one edit is saved, the others get 412', async () => {
    const { meeting } = await meetingWithItems('2026-05-06', 0);
    const path = `${MEETINGS}/${meeting.id}`;
    for (let round = 0; round < 3; round++) {
      const { etag } = (await api<{ etag: string }>('GET', path)).body;
      const places = Array.from({ length: EDITORS }, (_, i) => `Runde ${round} sted ${i}`);
      const replies = await Promise.all(
        places.map((place) =>
          api('PUT', path, {
            etag,
            body: {
              date: '2026-05-06',
              startTime: '10:00',
              endTime: '12:00',
              place,
              proposalDeadline: '2026-04-22T10:00',
              noticeDeadline: '2026-04-29T10:00',
            },
          }),
        ),
      );
      expect(statuses(replies)).toEqual([200, ...Array<number>(EDITORS - 1).fill(412)]);
      const saved = (await api<{ meeting: Meeting }>('GET', path)).body.meeting;
      expect(saved.place).toBe(places[replies.findIndex((r) => r.status === 200)]);
    }
  });
});
