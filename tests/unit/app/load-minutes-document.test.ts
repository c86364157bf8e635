import { loadMinutesDocument } from '../../../bot/src/app/use-cases/load-minutes-document';
import type { DocumentModel } from '../../../bot/src/documents/model/document-model';
import { Forbidden, NotFound } from '../../../bot/src/domain/errors';
import type { MeetingMinutes } from '../../../bot/src/domain/minutes';
import { emptyMinutesItem } from '../../../bot/src/domain/minutes';
import { fakeDeps } from '../../support/fakes/fake-deps';
import { TEST_TENANT, aCouncil, aMeeting, aMember, anInputRequest, anItem, aWrittenInput } from '../../support/storage-builders';

/**
 * Who gets which minutes document, on the port fakes, at a pinned instant
 * (Friday 18 September 2026, two days after the meeting): the view's reading
 * rule, written input for the writers only, and a follow-up agreed at the
 * meeting still listed after it was marked done.
 */
const NOW = new Date('2026-09-18T10:00:00Z');
const C = 'council-lmd';
const SECRETARY = 'sec';
const MEMBER = 'member';
const at = '2026-09-16T11:00:00.000Z';

async function setUp(minutes: Partial<MeetingMinutes> = {}) {
  const deps = fakeDeps({ clock: () => NOW });
  await deps.councils.create(aCouncil(C));
  await deps.members.create(aMember(C, SECRETARY, { role: 'secretary', name: 'Siri Sekretær' }));
  await deps.members.create(aMember(C, MEMBER, { name: 'Mona Medlem' }));
  await deps.meetings.create(aMeeting(C, 'held', '2026-09-16', { status: 'minutesDraft' }));
  await deps.meetings.create(aMeeting(C, 'next', '2026-11-18'));
  await deps.work.apply(C, 'held', [
    {
      op: 'create',
      kind: 'item',
      value: anItem('held', 'budget', 10, { title: 'Budsjett', caseNumber: { year: 2026, sequence: 24 } }),
    },
    { op: 'create', kind: 'inputRequest', value: { ...anInputRequest('held', 'req'), agendaItemId: 'budget' } },
    { op: 'create', kind: 'input', value: aWrittenInput('held', 'req', MEMBER, { q1: 'Mer til likepersonsarbeid.' }) },
    {
      op: 'create',
      kind: 'minutes',
      value: { meetingId: 'held', heldAt: at, heldBy: SECRETARY, attendance: [], amendments: [], ...minutes },
    },
    { op: 'create', kind: 'minutesItem', value: { ...emptyMinutesItem('held', 'budget', at, SECRETARY), decision: 'Vedtatt.' } },
  ]);
  await deps.followUps.create({
    id: 'fu',
    councilId: C,
    meetingId: 'held',
    meetingStartsAt: '2026-09-16T08:00:00.000Z',
    itemId: 'budget',
    responsibleId: MEMBER,
    what: 'Hente inn tilbud',
    due: '2026-10-01',
    status: 'done',
    createdBy: SECRETARY,
    createdAt: at,
    done: { by: MEMBER, at: '2026-09-17T10:00:00.000Z', note: 'Gjort' },
  });
  return deps;
}

const load = (deps: Awaited<ReturnType<typeof setUp>>, who: string, meetingId = 'held', version: 'full' | 'public' = 'full') =>
  loadMinutesDocument(deps, { principal: { tenantId: TEST_TENANT, aadObjectId: who }, councilId: C, meetingId, version });

function text(doc: DocumentModel): string {
  return JSON.stringify(doc.blocks);
}

describe('loading the minutes as a document', () => {
  it('gives the secretary the draft with the written input and the follow-up agreed, though it is done since', async () => {
    const doc = await load(await setUp(), SECRETARY);
    expect(doc.title).toMatch(/\(Utkast\)$/);
    expect(text(doc)).toContain('Mer til likepersonsarbeid.');
    expect(text(doc)).toContain('Hente inn tilbud');
    expect(text(doc)).toContain('Vedtatt.');
  });

  it('refuses a member the draft, and the public version of it, until it is sent for approval', async () => {
    const deps = await setUp();
    await expect(load(deps, MEMBER)).rejects.toBeInstanceOf(Forbidden);
    await expect(load(deps, MEMBER, 'held', 'public')).rejects.toBeInstanceOf(Forbidden);
  });

  it('gives a member the sent draft as the view shows it: without the written input', async () => {
    const deps = await setUp({ sentForApproval: { at, by: SECRETARY, channelPost: { state: 'noChannel', at } } });
    const doc = await load(deps, MEMBER);
    expect(text(doc)).toContain('Vedtatt.');
    expect(text(doc)).not.toContain('Mer til likepersonsarbeid.');
  });

  it('says there are no minutes (NotFound) for a meeting not held', async () => {
    await expect(load(await setUp(), SECRETARY, 'next')).rejects.toBeInstanceOf(NotFound);
  });
});
