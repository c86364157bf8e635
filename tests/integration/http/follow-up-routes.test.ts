import { randomUUID } from 'node:crypto';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import type { FollowUpReply, FollowUpsReply } from '../../../bot/src/contracts/follow-ups';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { tabApi } from '../../support/tab-api-client';
import { demoMeetings, startTestApp, type RunningTestApp } from '../../support/test-app';

/** Shaped like an ETag storage gives out, but of a version long gone: stale, not malformed. */
const STALE_ETAG = `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`;

let running: RunningTestApp;
const api = tabApi(() => running.baseUrl);
const councilId = DEMO_COUNCIL_ID;
let past: Meeting;
let upcoming: Meeting;

const createPath = (meetingId: string) => `/api/councils/${councilId}/meetings/${meetingId}/follow-ups`;
const donePath = (id: string) => `/api/councils/${councilId}/follow-ups/${id}/done`;
const openIds = async (as?: string) =>
  (await api<FollowUpsReply>('GET', `/api/councils/${councilId}/follow-ups`, { as })).body.followUps.map((e) => e.followUp.id);
const packageOf = async (meetingId: string, as?: string) =>
  (await api<MeetingPackage>('GET', `/api/councils/${councilId}/meetings/${meetingId}/package`, { as })).body;

beforeAll(async () => {
  running = await startTestApp();
  // The demo's newer past meeting: held, its minutes a draft.
  ({ past, upcoming } = await demoMeetings(running));
});
afterAll(() => running.close());

async function writeDown(what: string, responsibleId: string = DEMO_MEMBERS.isaiah, as?: string) {
  const id = randomUUID();
  const reply = await api<FollowUpReply>('POST', createPath(past.id), {
    body: { id, responsibleId, what, due: '2026-12-01', itemId: 'strategy' },
    as,
  });
  return { id, reply };
}

describe('writing a follow-up down', () => {
  it('is the secretary’s and the chair’s; a retry creates it once; a member gets 403 and nothing is written', async () => {
    const { id, reply } = await writeDown('Sjekke om brukerpanelet kan møtes i Notodden');
    expect(reply.status).toBe(201);
    expect(reply.body.entry).toMatchObject({
      followUp: { id, status: 'open', meetingId: past.id, responsibleId: DEMO_MEMBERS.isaiah, createdBy: DEMO_SECRETARY },
      responsibleName: 'Isaiah Langer',
    });
    const again = await api<FollowUpReply>('POST', createPath(past.id), {
      body: {
        id,
        responsibleId: DEMO_MEMBERS.isaiah,
        what: 'Sjekke om brukerpanelet kan møtes i Notodden',
        due: '2026-12-01',
        itemId: 'strategy',
      },
    });
    expect(again.status).toBe(200);
    expect((await openIds()).filter((x) => x === id)).toHaveLength(1);
    const clash = await api('POST', createPath(past.id), {
      body: { id, responsibleId: DEMO_MEMBERS.isaiah, what: 'Noe annet', due: '2026-12-01' },
    });
    expect(clash).toMatchObject({ status: 400, body: { error: { field: 'id', problem: 'idTaken' } } });

    expect((await writeDown('Av kaffe', DEMO_MEMBERS.isaiah, DEMO_CHAIR)).reply.status).toBe(201);
    const refused = await writeDown('Av medlem', DEMO_MEMBERS.isaiah, DEMO_MEMBERS.adele);
    expect(refused.reply.status).toBe(403);
    expect(await openIds()).not.toContain(refused.id);
  });

  it('names the field that is wrong: nobody on the roster, no text, a date that is none, an item not on the agenda', async () => {
    const body = { id: randomUUID(), responsibleId: DEMO_MEMBERS.isaiah, what: 'Ringe', due: '2026-12-01' };
    const field = async (overrides: Record<string, unknown>) =>
      (
        (await api<{ error: { field: string } }>('POST', createPath(past.id), { body: { ...body, ...overrides } })).body.error ??
        {}
      ).field;
    expect(await field({ responsibleId: 'nobody-here' })).toBe('responsibleId');
    expect(await field({ what: '   ' })).toBe('what');
    expect(await field({ due: '2026-02-30' })).toBe('due');
    expect(await field({ itemId: 'no-such-item' })).toBe('itemId');
    expect(await openIds()).not.toContain(body.id);
  });
});

describe('open follow-ups', () => {
  it('are listed for every member, and shown in the next meeting’s package but not in their own meeting’s', async () => {
    const { id } = await writeDown('Skaffe tall for ventetid');
    expect(await openIds(DEMO_MEMBERS.lynne)).toContain(id);
    const next = await packageOf(upcoming.id, DEMO_MEMBERS.lynne);
    expect(next.followUps.find((f) => f.followUp.id === id)).toMatchObject({
      followUp: { what: 'Skaffe tall for ventetid', due: '2026-12-01' },
      responsibleName: 'Isaiah Langer',
    });
    expect((await packageOf(past.id)).followUps.map((f) => f.followUp.id)).not.toContain(id);
  });
});

describe('marking a follow-up done', () => {
  it('by the responsible member with a note: it leaves the list and the package; a stale ETag is 412', async () => {
    const { id, reply } = await writeDown('Sende referat til NAV Notodden');
    const etag = reply.body.entry.etag;
    expect((await api('POST', donePath(id), { etag, body: { note: 'Gjort' }, as: DEMO_MEMBERS.adele })).status).toBe(403);
    expect(await api('POST', donePath(id), { etag, body: { note: ' ' }, as: DEMO_MEMBERS.isaiah })).toMatchObject({
      status: 400,
      body: { error: { field: 'note', problem: 'required' } },
    });
    expect((await api('POST', donePath(id), { etag: STALE_ETAG, body: { note: 'Sendt' }, as: DEMO_MEMBERS.isaiah })).status).toBe(
      412,
    );
    expect((await api('POST', donePath(id), { body: { note: 'Sendt' }, as: DEMO_MEMBERS.isaiah })).status).toBe(400);
    expect(await openIds()).toContain(id);

    const done = await api<FollowUpReply>('POST', donePath(id), {
      etag,
      body: { note: 'Sendt 3. mars' },
      as: DEMO_MEMBERS.isaiah,
    });
    expect(done.status).toBe(200);
    expect(done.body.entry.followUp).toMatchObject({ status: 'done', done: { by: DEMO_MEMBERS.isaiah, note: 'Sendt 3. mars' } });
    expect(await openIds()).not.toContain(id);
    expect((await packageOf(upcoming.id)).followUps.map((f) => f.followUp.id)).not.toContain(id);
    // The same press again changes nothing; another note on a done one is refused.
    const repeat = await api<FollowUpReply>('POST', donePath(id), {
      etag: done.body.entry.etag,
      body: { note: 'Sendt 3. mars' },
      as: DEMO_MEMBERS.isaiah,
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body.entry.etag).toBe(done.body.entry.etag);
    expect(
      await api('POST', donePath(id), { etag: done.body.entry.etag, body: { note: 'Noe annet' }, as: DEMO_SECRETARY }),
    ).toMatchObject({ status: 400, body: { error: { problem: 'alreadyDone' } } });
  });

  it('by the secretary for anyone; an unknown follow-up is 404', async () => {
    const { id, reply } = await writeDown('Invitere Statsforvalteren');
    expect((await api('POST', donePath(id), { etag: reply.body.entry.etag, body: { note: 'Invitert' } })).status).toBe(200);
    expect((await api('POST', donePath('no-such-follow-up'), { etag: reply.body.entry.etag, body: { note: 'x' } })).status).toBe(
      404,
    );
  });
});
