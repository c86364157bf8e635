import { connect } from 'node:net';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { TABLE_KINDS } from '../../../bot/src/storage/table-names';
import { createTableClientFactory } from '../../../bot/src/storage/table-storage';
import { tabApi } from '../../support/tab-api-client';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

/**
 * Every route that takes an ETag checks it the same way: only the shape the
 * server hands out is accepted (400 otherwise, `*` included), and a
 * well-formed one that is no longer current is 412. Nothing is written.
 */
let running: RunningTestApp;
const api = tabApi(() => running.baseUrl);
const council = `/api/councils/${DEMO_COUNCIL_ID}`;
let upcoming: Meeting;

/** A well-formed ETag of a version that is long gone. */
const STALE = `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`;
const MALFORMED = ['*', 'garbage', '"x"', 'a,b', `W/"datetime'2020-01-01T00%3A00%3A00Z'", *`, 'W/"x"'];

beforeAll(async () => {
  running = await startTestApp();
  upcoming = (await running.app.deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value).find((m) => m.status === 'collecting')!;
});
afterAll(() => running.close());

/** Every route that takes If-Match, from one table: a new one belongs here. Ids only need a valid shape. */
function etagRoutes(): { method: string; path: string }[] {
  const meeting = `${council}/meetings/${upcoming.id}`;
  return [
    { method: 'PUT', path: `${meeting}/agenda/items/item-1` },
    { method: 'POST', path: `${meeting}/agenda/items/item-1/remove` },
    { method: 'PUT', path: `${meeting}/agenda/items/item-1/postponed` },
    { method: 'PUT', path: meeting },
    { method: 'POST', path: `${meeting}/cancel` },
    { method: 'PUT', path: `${council}/members/member-1` },
    { method: 'POST', path: `${council}/members/member-1/end` },
    { method: 'POST', path: `${council}/members/member-1/reactivate` },
    { method: 'PUT', path: `${council}/settings` },
    { method: 'POST', path: `${meeting}/proposals/p-1/accept` },
    { method: 'POST', path: `${meeting}/proposals/p-1/defer` },
    { method: 'POST', path: `${meeting}/proposals/p-1/merge` },
    { method: 'POST', path: `${meeting}/proposals/p-1/decline` },
    { method: 'POST', path: `${meeting}/notice` },
    { method: 'POST', path: `${meeting}/agenda-changes` },
    { method: 'POST', path: `${meeting}/channel-post` },
    { method: 'PUT', path: `${meeting}/input-requests/r-1` },
    { method: 'POST', path: `${meeting}/input-requests/r-1/close` },
  ];
}

/** Every row of the app's tables with its ETag: equal before and after means nothing was written. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = createTableClientFactory(running.settings.storage);
  const rows: Record<string, string> = {};
  for (const kind of TABLE_KINDS) {
    for await (const entity of tables(kind).listEntities())
      rows[`${kind}|${entity.partitionKey}|${entity.rowKey}`] = String(entity.etag);
  }
  return rows;
}

/** A PUT written byte by byte: fetch refuses to send a CR or LF in a header, a hostile client does not. */
function rawPut(path: string, ifMatch: string): Promise<number> {
  const { hostname, port } = new URL(running.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `PUT ${path} HTTP/1.1\r\nHost: ${hostname}\r\nIf-Match: ${ifMatch}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
    });
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

async function agenda(): Promise<AgendaView> {
  return (await api<{ agenda: AgendaView }>('GET', `${council}/meetings/${upcoming.id}/agenda`)).body.agenda;
}

describe('an If-Match the server never gave out', () => {
  it('is refused (400, ifMatchMalformed) on every route that takes one, and nothing is written', async () => {
    const before = await snapshot();
    const answers: string[] = [];
    for (const route of etagRoutes()) {
      for (const etag of MALFORMED) {
        const reply = await api<{ error?: { field?: string; problem?: string } }>(route.method, route.path, { etag, body: {} });
        answers.push(
          `${route.method} ${route.path} ${etag} → ${reply.status} ${reply.body.error?.field} ${reply.body.error?.problem}`,
        );
        expect(
          `${route.method} ${route.path} ${etag} → ${reply.status} ${reply.body.error?.field} ${reply.body.error?.problem}`,
        ).toBe(`${route.method} ${route.path} ${etag} → 400 If-Match ifMatchMalformed`);
      }
    }
    expect(answers).toHaveLength(etagRoutes().length * MALFORMED.length);
    expect(await snapshot()).toEqual(before);
  });

  it('with a CR or LF inside is refused (400) and nothing is written', async () => {
    const before = await snapshot();
    for (const etag of [`W/"x\r"`, `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"\n *`]) {
      expect(await rawPut(`${council}/settings`, etag)).toBe(400);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a missing one is still ifMatchRequired', async () => {
    const reply = await api<{ error: { problem: string } }>('PUT', `${council}/settings`, { body: {} });
    expect(reply).toMatchObject({ status: 400, body: { error: { field: 'If-Match', problem: 'ifMatchRequired' } } });
  });
});

describe('the agenda routes with an ETag that is well-formed but stale, or malformed', () => {
  const itemRoutes = (id: string) => {
    const base = `${council}/meetings/${upcoming.id}/agenda/items/${id}`;
    return [
      { method: 'PUT', path: base, body: { title: 'Overskrevet', kind: 'briefing' } },
      { method: 'POST', path: `${base}/remove`, body: undefined },
    ];
  };

  it('answers 412 for a stale one and 400 for `*` and junk, and the item stays as it was', async () => {
    const view = await agenda();
    const target = view.items.find((e) => e.item.standard === undefined)!;
    // Only a held meeting's items can be marked postponed, while its minutes are a draft.
    const held = (await running.app.deps.meetings.list(DEMO_COUNCIL_ID))
      .map((m) => m.value)
      .find((m) => m.status === 'minutesDraft')!;
    const heldItem = (await running.app.deps.work.load(DEMO_COUNCIL_ID, held.id)).item.find(
      (r) => r.value.standard === undefined,
    )!;
    const postponed = {
      method: 'PUT',
      path: `${council}/meetings/${held.id}/agenda/items/${heldItem.value.id}/postponed`,
      body: { postponed: !heldItem.value.postponed },
    };
    const before = await snapshot();
    for (const route of [...itemRoutes(target.item.id), postponed]) {
      for (const etag of [STALE, ...MALFORMED]) {
        const reply = await api(route.method, route.path, { etag, body: route.body });
        expect(`${route.method} ${route.path} ${etag} → ${reply.status}`).toBe(
          `${route.method} ${route.path} ${etag} → ${etag === STALE ? 412 : 400}`,
        );
      }
    }
    expect(await snapshot()).toEqual(before);
    expect((await agenda()).items.find((e) => e.item.id === target.item.id)).toEqual(target);
  });

  it('refuses the same in the reorder body, per row: stale 412, junk 400 naming the row', async () => {
    const view = await agenda();
    const ordinary = view.items.filter((e) => e.item.standard === undefined);
    const reversed = [...ordinary].reverse().map((e) => ({ id: e.item.id, etag: e.etag }));
    const before = await snapshot();
    for (const etag of [STALE, ...MALFORMED, 'W/"x"\r\n', `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"\r\nX: y`]) {
      const items = reversed.map((row, i) => (i === 0 ? { ...row, etag } : row));
      const reply = await api<{ error?: { field?: string; problem?: string } }>(
        'PUT',
        `${council}/meetings/${upcoming.id}/agenda/order`,
        {
          body: { items },
        },
      );
      if (etag === STALE) expect(`${etag} → ${reply.status}`).toBe(`${etag} → 412`);
      else
        expect(`${JSON.stringify(etag)} → ${reply.status} ${reply.body.error?.field} ${reply.body.error?.problem}`).toBe(
          `${JSON.stringify(etag)} → 400 items.0.etag ifMatchMalformed`,
        );
    }
    expect(await snapshot()).toEqual(before);
    expect((await agenda()).items.map((e) => e.item.id)).toEqual(view.items.map((e) => e.item.id));
  });
});
