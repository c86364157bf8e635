import { randomUUID } from 'node:crypto';
import type { WorkChange } from '../../../bot/src/app/ports';
import type { PublicationStatus } from '../../../bot/src/app/use-cases/view-publication';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { AgendaPublication } from '../../../bot/src/domain/agenda-publication';
import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import { LIMITS, MAX_AGENDA_ITEMS } from '../../../bot/src/domain/limits';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { aCouncil, aMeeting, aMember, anItem, standardItems } from '../../support/storage-builders';
import { tabApi } from '../../support/tab-api-client';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

/**
 * A meeting has at most 50 agenda items, and a publish that cannot be stored
 * takes no case numbers (issue 12, defect 4). Real HTTP, real Azurite.
 */
const NOW = new Date('2026-09-09T08:00:00Z');
const SECRETARY = 'limit-secretary';

type ErrorBody = { error: { code: string; field?: string; problem: string; params?: Record<string, unknown>; message: string } };
type NoticeAnswer = { publication: AgendaPublication };

let running: RunningTestApp;
const api = tabApi(() => running.baseUrl);

beforeAll(async () => {
  running = await startTestApp({ seed: false, clock: () => NOW });
});
afterAll(() => running.close());

/** A council whose case numbers continue at 23/26, with its secretary. */
async function council(): Promise<string> {
  const councilId = `c-${randomUUID().slice(0, 8)}`;
  const { deps } = running.app;
  await deps.councils.create(aCouncil(councilId, { tenantId: DEMO_TENANT_ID, caseNumberStart: { year: 2026, next: 23 } }));
  await deps.members.create(aMember(councilId, SECRETARY, { tenantId: DEMO_TENANT_ID, role: 'secretary', name: 'Sekretær' }));
  return councilId;
}

/** Text of exactly `length` characters (quotes included: JSON escapes them, so what is stored is longer still). */
const longText = (prefix: string, length: number) =>
  `${prefix} – høring om "brukermedvirkning" i NAV Vestfold og Telemark`.padEnd(length, '.');

/** A collecting meeting whose agenda is the standard items and `ordinary` items with the longest titles and names. */
async function meetingWith(councilId: string, ordinary: number): Promise<string> {
  const meetingId = `m-${randomUUID().slice(0, 8)}`;
  const { deps } = running.app;
  await deps.meetings.create(aMeeting(councilId, meetingId, '2026-09-16', { noticeDeadline: '2026-09-09T08:00:00.000Z' }));
  const items: AgendaItem[] = [
    ...standardItems(meetingId),
    ...Array.from({ length: ordinary }, (_, i) =>
      anItem(meetingId, `item-${String(i + 1).padStart(2, '0')}`, (i + 1) * 10, {
        title: longText(`Sak ${i + 1}`, LIMITS.title),
        responsible: longText(`Ansvarlig ${i + 1}`, LIMITS.name),
      }),
    ),
  ];
  // Storage takes at most 100 rows together; an agenda from before the limit may be larger.
  for (let start = 0; start < items.length; start += 50) {
    const rows = items.slice(start, start + 50).map((value): WorkChange => ({ op: 'create', kind: 'item', value }));
    await deps.work.apply(councilId, meetingId, rows);
  }
  return meetingId;
}

const meetingPath = (councilId: string, meetingId: string) => `/api/councils/${councilId}/meetings/${meetingId}`;
const agendaOf = async (councilId: string, meetingId: string) =>
  (await api<{ agenda: AgendaView }>('GET', `${meetingPath(councilId, meetingId)}/agenda`, { as: SECRETARY })).body.agenda;
async function publish(councilId: string, meetingId: string) {
  const status = await api<PublicationStatus>('GET', `${meetingPath(councilId, meetingId)}/publication`, { as: SECRETARY });
  expect(status.status).toBe(200);
  return api<NoticeAnswer & ErrorBody>('POST', `${meetingPath(councilId, meetingId)}/notice`, {
    as: SECRETARY,
    etag: status.body.etag,
  });
}
/** Every case number given so far in this council's items, as "23/26". */
async function numbersGiven(councilId: string, meetingId: string): Promise<string[]> {
  const items = (await running.app.deps.work.load(councilId, meetingId)).item.map((r) => r.value);
  return items.flatMap((i) => (i.caseNumber ? [formatCaseNumber(i.caseNumber)] : []));
}

describe(`an agenda of at most ${MAX_AGENDA_ITEMS} items`, () => {
  it(`refuses the item after the ${MAX_AGENDA_ITEMS}th, naming the limit, and adds nothing`, async () => {
    const councilId = await council();
    const meetingId = await meetingWith(councilId, MAX_AGENDA_ITEMS - 2);
    expect((await agendaOf(councilId, meetingId)).items).toHaveLength(MAX_AGENDA_ITEMS);

    const refused = await api<ErrorBody>('POST', `${meetingPath(councilId, meetingId)}/agenda/items`, {
      as: SECRETARY,
      body: { id: 'one-too-many', title: 'Én sak for mye', kind: 'discussion' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ field: 'agenda', problem: 'agendaFull', params: { max: MAX_AGENDA_ITEMS } });
    expect(refused.body.error.message).toContain(String(MAX_AGENDA_ITEMS));
    const after = await agendaOf(councilId, meetingId);
    expect(after.items).toHaveLength(MAX_AGENDA_ITEMS);
    expect(after.items.some((e) => e.item.id === 'one-too-many')).toBe(false);
  });

  it(`publishes a full agenda with the longest titles and names, numbering all ${MAX_AGENDA_ITEMS} items in a row`, async () => {
    const councilId = await council();
    const meetingId = await meetingWith(councilId, MAX_AGENDA_ITEMS - 2);
    const published = await publish(councilId, meetingId);
    expect(published.status).toBe(200);
    const expected = Array.from({ length: MAX_AGENDA_ITEMS }, (_, i) => `${23 + i}/26`);
    expect(published.body.publication.items.map((i) => formatCaseNumber(i.caseNumber))).toEqual(expected);
    const pkg = await api<{ publication?: unknown; agenda: AgendaItem[] }>(
      'GET',
      `${meetingPath(councilId, meetingId)}/package`,
      {
        as: SECRETARY,
      },
    );
    expect(pkg.status).toBe(200);
    expect(pkg.body.agenda.map((i) => i.caseNumber && formatCaseNumber(i.caseNumber))).toEqual(expected);
    expect(pkg.body.agenda.slice(1, -1).map((i) => i.title)).toEqual(
      Array.from({ length: MAX_AGENDA_ITEMS - 2 }, (_, i) => longText(`Sak ${i + 1}`, LIMITS.title)),
    );
  });

  it('a publish refused before anything is stored takes no case number: the next publish continues the series', async () => {
    const councilId = await council();
    // 101 items, kept from before the limit: numbering them and the published agenda do not fit one transaction.
    const tooLarge = await meetingWith(councilId, 99);
    const refused = await publish(councilId, tooLarge);
    expect(refused.status).toBe(400);
    expect(refused.body.error.problem).toBe('tooMany');
    expect(await numbersGiven(councilId, tooLarge)).toEqual([]);

    const next = await meetingWith(councilId, 3);
    const published = await publish(councilId, next);
    expect(published.status).toBe(200);
    expect(published.body.publication.items.map((i) => formatCaseNumber(i.caseNumber))).toEqual([
      '23/26',
      '24/26',
      '25/26',
      '26/26',
      '27/26',
    ]);
  });
});
