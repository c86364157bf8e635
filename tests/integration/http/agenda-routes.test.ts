import { randomUUID } from 'node:crypto';
import { lockAgenda } from '../../../bot/src/app/use-cases/lock-agenda';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { tabApi } from '../../support/tab-api-client';
import { demoMeetings, startTestApp, type RunningTestApp } from '../../support/test-app';

/** Shaped like an ETag storage gives out, but of a version long gone: stale, not malformed. */
const STALE_ETAG = `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`;

interface AgendaReply {
  agenda: AgendaView;
  item?: AgendaItem;
  etag?: string;
}

let running: RunningTestApp;
const api = tabApi(() => running.baseUrl);
const councilId = DEMO_COUNCIL_ID;
const member = DEMO_MEMBERS.adele;
let upcoming: Meeting;
let past: Meeting;

const agendaPath = (meetingId = upcoming.id) => `/api/councils/${councilId}/meetings/${meetingId}/agenda`;
const itemPath = (itemId: string, meetingId = upcoming.id) => `${agendaPath(meetingId)}/items/${itemId}`;

async function agenda(meetingId = upcoming.id): Promise<AgendaView> {
  const reply = await api<AgendaReply>('GET', agendaPath(meetingId));
  expect(reply.status).toBe(200);
  return reply.body.agenda;
}
const titles = (view: AgendaView) => view.items.map((e) => e.item.title);
const entry = (view: AgendaView, id: string) => {
  const found = view.items.find((e) => e.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const fields = (overrides: Record<string, unknown> = {}) => ({ title: 'Brukerpanel Notodden', kind: 'briefing', ...overrides });

async function newMeeting(id: string, overrides: Partial<Meeting> = {}): Promise<Meeting> {
  const start = new Date(Date.parse(upcoming.startsAt) + 90 * 86_400_000);
  const meeting: Meeting = {
    ...upcoming,
    id,
    status: 'planned',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 9_000_000).toISOString(),
    ...overrides,
  };
  await running.app.deps.meetings.create(meeting);
  return meeting;
}

beforeAll(async () => {
  running = await startTestApp();
  // The demo's newer past meeting: held, its minutes a draft (sent for approval), items not reached marked there.
  ({ past, upcoming } = await demoMeetings(running));
});
afterAll(() => running.close());

describe('reading the agenda', () => {
  it('gives the secretary the items in order with ETags; the standard items first and last', async () => {
    const view = await agenda();
    expect(titles(view)[0]).toBe('Godkjenning av innkalling og referat');
    expect(titles(view).at(-1)).toBe('Eventuelt');
    expect(view.items.every((e) => e.etag !== '')).toBe(true);
    expect(view).toMatchObject({ editable: true, changesRecorded: false, missingStandardItems: [] });
  });

  it('names a malformed meeting in the address (400), and a missing one (404)', async () => {
    expect(await api('GET', agendaPath('bad~id'))).toMatchObject({
      status: 400,
      body: { error: { field: 'meetingId', problem: 'invalid' } },
    });
    expect((await api('GET', agendaPath('m-1999-01-01'))).status).toBe(404);
  });

  it('is the secretary’s and the chair’s: a member gets 403', async () => {
    expect((await api('GET', agendaPath(), { as: member })).status).toBe(403);
  });
});

describe('adding an item', () => {
  it('adds it before Eventuelt with attachments numbered and the exemption kept; a retry adds it once', async () => {
    const id = randomUUID();
    // Vedlegg are numbered across the meeting: the new item's come after the demo agenda's own.
    const before = (await agenda()).items.flatMap((e) => e.attachmentNumbers).length;
    const body = {
      id,
      ...fields({
        kind: 'discussion',
        responsible: 'Adele Vance',
        plannedMinutes: 20,
        description: 'Erfaringer fra brukerpanelet.',
        attachments: [
          { title: 'Rapport fra brukerpanelet', url: 'https://nav.sharepoint.com/sites/utvalg/rapport.pdf' },
          { title: 'Spørreskjema', url: 'https://nav.sharepoint.com/sites/utvalg/skjema.docx' },
        ],
        exempt: { legalBasis: 'offl. § 13, jf. fvl. § 13', publicTitle: 'Sak om en enkeltperson' },
      }),
    };
    const reply = await api<AgendaReply>('POST', `${agendaPath()}/items`, { body });
    expect(reply.status).toBe(201);
    expect(reply.body.item).toMatchObject({
      id,
      exempt: { legalBasis: 'offl. § 13, jf. fvl. § 13', publicTitle: 'Sak om en enkeltperson' },
      plannedMinutes: 20,
    });
    expect(reply.body.item?.caseNumber).toBeUndefined();
    expect(typeof reply.body.etag).toBe('string');
    const view = reply.body.agenda;
    expect(titles(view).slice(-2)).toEqual(['Brukerpanel Notodden', 'Eventuelt']);
    expect(entry(view, id).attachmentNumbers).toEqual([before + 1, before + 2]);

    const again = await api<AgendaReply>('POST', `${agendaPath()}/items`, { body });
    expect(again.status).toBe(200);
    expect(again.body.agenda.items.filter((e) => e.item.id === id)).toHaveLength(1);
  });

  it('refuses an id that another item already has (400 on id), and changes nothing', async () => {
    const before = await agenda();
    const reply = await api('POST', `${agendaPath()}/items`, { body: { id: 'approval', ...fields({ title: 'Kapret sak' }) } });
    expect(reply.status).toBe(400);
    expect((reply.body as { error?: { field?: string } }).error?.field).toBe('id');
    expect(await agenda()).toEqual(before);
  });

  it('refuses bad fields with 400 naming the field, and adds nothing', async () => {
    const before = (await agenda()).items.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...fields({ title: '  ' }) }, 'title'],
      [{ ...fields({ kind: 'gossip' }) }, 'kind'],
      [{ ...fields({ plannedMinutes: 0 }) }, 'plannedMinutes'],
      [{ ...fields({ attachments: [{ title: 'Farlig', url: 'javascript:alert(1)' }] }) }, 'attachments.0.url'],
      [{ ...fields({ attachments: [{ title: 'Usikker', url: 'http://nav.no/x.pdf' }] }) }, 'attachments.0.url'],
      [{ ...fields({ attachments: [{ title: '', url: 'https://nav.no/x.pdf' }] }) }, 'attachments.0.title'],
      [{ ...fields({ exempt: { legalBasis: '' } }) }, 'exempt.legalBasis'],
      [{ ...fields({ exempt: { legalBasis: 'offl. § 13', publicTitle: ' ' } }) }, 'exempt.publicTitle'],
      [{ ...fields({ caseNumber: { sequence: 1, year: 2026 } }) }, 'caseNumber'], // a case number is the lock's to give, never the client's
    ];
    for (const [body, field] of cases) {
      const reply = await api('POST', `${agendaPath()}/items`, { body: { id: randomUUID(), ...body } });
      const error = (reply.body as { error?: { field?: string } }).error;
      expect([field, reply.status, error?.field]).toEqual([field, 400, field]);
    }
    expect((await agenda()).items).toHaveLength(before);
  });

  it('is refused to a member (403)', async () => {
    const reply = await api('POST', `${agendaPath()}/items`, { body: { id: randomUUID(), ...fields() }, as: member });
    expect(reply.status).toBe(403);
  });
});

describe('editing an item', () => {
  it('saves with the ETag it read and answers with the new one; an old ETag gets 412', async () => {
    const before = entry(await agenda(), 'annual-wheel');
    const first = await api<AgendaReply>('PUT', itemPath('annual-wheel'), {
      etag: before.etag,
      body: fields({ title: 'Årshjul', kind: 'decision', plannedMinutes: 25 }),
    });
    expect(first.status).toBe(200);
    expect(first.body.item).toMatchObject({ title: 'Årshjul', kind: 'decision', plannedMinutes: 25, order: before.item.order });
    expect(first.body.etag).not.toBe(before.etag);

    // A second editor who read the item before the first one saved.
    const second = await api('PUT', itemPath('annual-wheel'), { etag: before.etag, body: fields({ title: 'Overskrevet' }) });
    expect(second.status).toBe(412);
    expect(second.body).toMatchObject({ error: { code: 'concurrentEdit' } });
    expect(entry(await agenda(), 'annual-wheel').item.title).toBe('Årshjul');
  });

  it('needs If-Match, valid fields, and a manager', async () => {
    const { etag } = entry(await agenda(), 'news-from-nav');
    expect((await api('PUT', itemPath('news-from-nav'), { body: fields() })).body).toMatchObject({
      error: { field: 'If-Match', problem: 'ifMatchRequired' },
    });
    expect((await api('PUT', itemPath('news-from-nav'), { etag, body: fields({ title: '' }) })).body).toMatchObject({
      error: { field: 'title', problem: 'required', params: {} },
    });
    expect((await api('PUT', itemPath('news-from-nav'), { etag, body: fields(), as: member })).status).toBe(403);
    expect((await api('PUT', itemPath('no-such-item'), { etag, body: fields() })).status).toBe(404);
    expect(entry(await agenda(), 'news-from-nav').etag).toBe(etag);
  });

  it('is not possible once the meeting is held (409)', async () => {
    const item = entry(await agenda(past.id), 'news-from-nav');
    expect((await api('PUT', itemPath('news-from-nav', past.id), { etag: item.etag, body: fields() })).status).toBe(409);
  });
});

describe('removing an item', () => {
  it('takes it off the agenda with a conditional update; the row stays as history', async () => {
    const id = randomUUID();
    const added = await api<AgendaReply>('POST', `${agendaPath()}/items`, { body: { id, ...fields({ title: 'Fjernes' }) } });
    const { etag } = entry(added.body.agenda, id);
    expect((await api('POST', `${itemPath(id)}/remove`, { etag: STALE_ETAG })).status).toBe(412);
    expect((await api('POST', `${itemPath(id)}/remove`, { etag, as: member })).status).toBe(403);
    const removed = await api<AgendaReply>('POST', `${itemPath(id)}/remove`, { etag });
    expect(removed.status).toBe(200);
    expect(titles(removed.body.agenda)).not.toContain('Fjernes');
    const row = await running.app.deps.work.get(councilId, upcoming.id, 'item', id);
    expect(row?.value.removedAt).toEqual(expect.any(String));
  });

  it('keeps the standard first and last items (400)', async () => {
    const view = await agenda();
    for (const e of [view.items[0]!, view.items.at(-1)!]) {
      const reply = await api('POST', `${itemPath(e.item.id)}/remove`, { etag: e.etag });
      expect(reply.status).toBe(400);
    }
    expect(titles(await agenda())[0]).toBe('Godkjenning av innkalling og referat');
  });
});

describe('reordering', () => {
  const ordinary = (view: AgendaView) => view.items.filter((e) => e.item.standard === undefined);

  it('puts the items in the new order in one transaction and renumbers the attachments', async () => {
    const view = await agenda();
    const list = ordinary(view);
    const reversed = [...list].reverse().map((e) => ({ id: e.item.id, etag: e.etag }));
    const reply = await api<AgendaReply>('PUT', `${agendaPath()}/order`, { body: { items: reversed } });
    expect(reply.status).toBe(200);
    expect(ordinary(reply.body.agenda).map((e) => e.item.id)).toEqual(reversed.map((r) => r.id));
    expect(titles(reply.body.agenda)[0]).toBe('Godkjenning av innkalling og referat');
    expect(titles(reply.body.agenda).at(-1)).toBe('Eventuelt');
    const numbers = reply.body.agenda.items.flatMap((e) => e.attachmentNumbers);
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });

  it('changes nothing when one moved item was changed meanwhile (412)', async () => {
    const view = await agenda();
    const list = ordinary(view);
    const before = list.map((e) => e.item.id);
    const moved = [...list].reverse().map((e, i) => ({ id: e.item.id, etag: i === 0 ? STALE_ETAG : e.etag }));
    const reply = await api('PUT', `${agendaPath()}/order`, { body: { items: moved } });
    expect(reply.status).toBe(412);
    expect(ordinary(await agenda()).map((e) => e.item.id)).toEqual(before);
  });

  it('refuses standard items in the list (400), an outdated list (412), and members (403)', async () => {
    const view = await agenda();
    const list = ordinary(view).map((e) => ({ id: e.item.id, etag: e.etag }));
    const withStandard = [{ id: view.items[0]!.item.id, etag: view.items[0]!.etag }, ...list];
    expect((await api('PUT', `${agendaPath()}/order`, { body: { items: withStandard } })).body).toMatchObject({
      error: { field: 'items', problem: 'standardItemFixed' },
    });
    expect((await api('PUT', `${agendaPath()}/order`, { body: { items: list.slice(1) } })).status).toBe(412);
    expect((await api('PUT', `${agendaPath()}/order`, { body: { items: list }, as: member })).status).toBe(403);
  });
});

describe('standard items', () => {
  it('are offered for a meeting that lacks them and land first and last, once', async () => {
    const meeting = await newMeeting('m-without-standard-items');
    const id = randomUUID();
    await api('POST', `${agendaPath(meeting.id)}/items`, { body: { id, ...fields() } });
    expect((await agenda(meeting.id)).missingStandardItems).toEqual(['approval', 'anyOtherBusiness']);
    expect((await api('POST', `${agendaPath(meeting.id)}/standard-items`, { as: member })).status).toBe(403);
    const [a, b] = await Promise.all([
      api<AgendaReply>('POST', `${agendaPath(meeting.id)}/standard-items`),
      api<AgendaReply>('POST', `${agendaPath(meeting.id)}/standard-items`),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const view = await agenda(meeting.id);
    expect(titles(view)).toEqual(['Godkjenning av innkalling og referat', 'Brukerpanel Notodden', 'Eventuelt']);
    expect(view.missingStandardItems).toEqual([]);
  });
});

describe('postponed items', () => {
  it('marked at the held meeting, they are offered at the next one and carry their old number', async () => {
    // The demo's newer past meeting did not reach "Brukerpanel Notodden" (taken up from the older one, which did not either).
    expect((await agenda()).postponedOffers.map((o) => [o.item.id, o.fromMeeting.id])).toEqual([['user-panel', past.id]]);

    const held = await agenda(past.id);
    expect(held).toMatchObject({ editable: false, canMarkPostponed: true });
    const strategy = entry(held, 'strategy');
    const mark = (etag: string, postponed: boolean, as?: string) =>
      api<AgendaReply>('PUT', `${itemPath('strategy', past.id)}/postponed`, { etag, body: { postponed }, as });
    expect((await mark(strategy.etag, true, member)).status).toBe(403);
    const marked = await mark(strategy.etag, true);
    expect(marked.status).toBe(200);
    expect(marked.body.item?.postponed).toBe(true);
    expect((await mark(strategy.etag, false)).status).toBe(412);

    const offers = (await agenda()).postponedOffers;
    expect(offers.map((o) => o.item.id)).toEqual(['strategy', 'user-panel']);
    const id = randomUUID();
    const added = await api<AgendaReply>('POST', `${agendaPath()}/postponed-items`, { body: { id, fromItemId: 'strategy' } });
    expect(added.status).toBe(201);
    expect(added.body.item).toMatchObject({
      title: 'Handlingsplan for brukermedvirkning',
      postponedFrom: [strategy.item.caseNumber],
      plannedMinutes: 45,
    });
    expect(added.body.item?.caseNumber).toBeUndefined();
    expect(added.body.agenda.postponedOffers.map((o) => o.item.id)).toEqual(['user-panel']);
    const retried = await api<AgendaReply>('POST', `${agendaPath()}/postponed-items`, { body: { id, fromItemId: 'strategy' } });
    expect(retried.status).toBe(200);
    expect(retried.body.agenda.items.filter((e) => e.item.title === 'Handlingsplan for brukermedvirkning')).toHaveLength(1);
    const clash = await api('POST', `${agendaPath()}/postponed-items`, { body: { id: 'approval', fromItemId: 'user-panel' } });
    expect(clash.status).toBe(400);
    expect((await agenda()).postponedOffers.map((o) => o.item.id)).toEqual(['user-panel']);
    const again = await api('POST', `${agendaPath()}/postponed-items`, { body: { id: randomUUID(), fromItemId: 'strategy' } });
    expect(again.status).toBe(404);
    expect(
      (await api('POST', `${agendaPath()}/postponed-items`, { body: { id: randomUUID(), fromItemId: 'user-panel' }, as: member }))
        .status,
    ).toBe(403);
  });

  it('are still offered at a later meeting when the next one did not take them up, until dropped with a reason', async () => {
    const later = await newMeeting('m-after-the-next');
    const offered = (await agenda(later.id)).postponedOffers;
    const panel = offered.find((o) => o.item.id === 'user-panel');
    expect(panel).toMatchObject({
      fromMeeting: { id: past.id },
      numbers: [...(panel?.item.postponedFrom ?? []), panel?.item.caseNumber],
    });
    expect(panel?.numbers).toHaveLength(2);
    // Taken up by the upcoming meeting's agenda: not offered again at the later one.
    expect(offered.map((o) => o.item.id)).not.toContain('strategy');

    const dropPath = `${agendaPath(later.id)}/postponed-items/${past.id}/user-panel/dropped`;
    expect((await api('POST', dropPath, { etag: panel!.etag, body: { reason: 'Løst' }, as: member })).status).toBe(403);
    expect(await api('POST', dropPath, { etag: panel!.etag, body: { reason: '  ' } })).toMatchObject({
      status: 400,
      body: { error: { field: 'reason', problem: 'required' } },
    });
    expect((await api('POST', dropPath, { etag: STALE_ETAG, body: { reason: 'Løst' } })).status).toBe(412);
    expect((await agenda(later.id)).postponedOffers.map((o) => o.item.id)).toContain('user-panel');

    const dropped = await api<AgendaReply>('POST', dropPath, { etag: panel!.etag, body: { reason: 'Løst utenfor møtet' } });
    expect(dropped.status).toBe(200);
    expect(dropped.body.agenda.postponedOffers.map((o) => o.item.id)).not.toContain('user-panel');
    // No agenda offers it any more, and the old meeting keeps who dropped it and why.
    expect((await agenda()).postponedOffers.map((o) => o.item.id)).not.toContain('user-panel');
    expect(entry(await agenda(past.id), 'user-panel').item.postponementDropped).toMatchObject({
      by: DEMO_SECRETARY,
      reason: 'Løst utenfor møtet',
    });
    expect((await api('POST', dropPath, { etag: panel!.etag, body: { reason: 'Igjen' } })).status).toBe(404);
  });

  it('needs the postponed item named (400)', async () => {
    const reply = await api('POST', `${agendaPath()}/postponed-items`, { body: { id: randomUUID() } });
    expect(reply).toMatchObject({ status: 400, body: { error: { field: 'fromItemId' } } });
  });

  it('can only be marked after the meeting (409) and not on the standard items (400)', async () => {
    const view = await agenda();
    const item = view.items[1]!;
    expect((await api('PUT', `${itemPath(item.item.id)}/postponed`, { etag: item.etag, body: { postponed: true } })).status).toBe(
      409,
    );
    const held = await agenda(past.id);
    const approval = held.items[0]!;
    expect(
      (await api('PUT', `${itemPath(approval.item.id, past.id)}/postponed`, { etag: approval.etag, body: { postponed: true } }))
        .status,
    ).toBe(400);
  });
});

describe('after locking and after the notice', () => {
  it('keeps locked numbers on edit and reorder; an item added later has none until the re-lock', async () => {
    const meeting = await newMeeting('m-locked', { status: 'collecting' });
    await api('POST', `${agendaPath(meeting.id)}/standard-items`);
    for (const title of ['Første', 'Andre']) {
      await api('POST', `${agendaPath(meeting.id)}/items`, { body: { id: randomUUID(), ...fields({ title }) } });
    }
    await lockAgenda(running.app.deps, {
      principal: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY },
      councilId,
      meetingId: meeting.id,
    });
    const stored = (await running.app.deps.meetings.get(councilId, meeting.id))!;
    await running.app.deps.meetings.update({ ...stored.value, status: 'noticeSent' }, stored.etag);

    const view = await agenda(meeting.id);
    expect(view).toMatchObject({ editable: true, changesRecorded: true });
    const numbers = new Map(view.items.map((e) => [e.item.id, formatCaseNumber(e.item.caseNumber!)]));
    const first = view.items.find((e) => e.item.title === 'Første')!;
    const edited = await api<AgendaReply>('PUT', itemPath(first.item.id, meeting.id), {
      etag: first.etag,
      body: fields({ title: 'Første (endret)' }),
    });
    expect(formatCaseNumber(edited.body.item!.caseNumber!)).toBe(numbers.get(first.item.id));

    const late = randomUUID();
    const added = await api<AgendaReply>('POST', `${agendaPath(meeting.id)}/items`, {
      body: { id: late, ...fields({ title: 'Sen sak' }) },
    });
    expect(added.body.item?.caseNumber).toBeUndefined();

    const ordinary = added.body.agenda.items.filter((e) => e.item.standard === undefined);
    const reversed = [...ordinary].reverse().map((e) => ({ id: e.item.id, etag: e.etag }));
    const reordered = await api<AgendaReply>('PUT', `${agendaPath(meeting.id)}/order`, { body: { items: reversed } });
    for (const e of reordered.body.agenda.items) {
      if (e.item.id === late) expect(e.item.caseNumber).toBeUndefined();
      else expect(formatCaseNumber(e.item.caseNumber!)).toBe(numbers.get(e.item.id));
    }
  });
});
