import { randomUUID } from 'node:crypto';
import type { WorkChange } from '../../../bot/src/app/ports';
import type { MinutesReply } from '../../../bot/src/contracts/minutes';
import type { SavedMeeting } from '../../../bot/src/contracts/meetings';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import { aMeeting, anAttendance, anItem, standardItems } from '../../support/storage-builders';
import { tabApiCall } from '../../support/tab-api-call';
import { seedTeamCouncil } from '../../support/team-setup';
import { useRecordedTestApp } from '../../support/test-app';

/**
 * Holding a meeting and writing its minutes over real HTTP on Azurite, with a
 * recorder in place of the Teams connector: holding, two writers and one
 * conflict, one channel card however often the draft is sent, approval with
 * private reasons deleted, a visible amendment, and the archive.
 */

// The meeting starts Wednesday 16 September 2026 10:00 Oslo (08:00 UTC).
let now = new Date('2026-09-16T07:30:00Z');
const SECRETARY = 'min-secretary';
const CHAIR = 'min-chair';
const TAKER = 'min-taker';
const MEMBER = 'min-member';

type ErrorBody = { error: { code: string; problem?: string } };

describe('holding a meeting and writing its minutes over HTTP', () => {
  const served = useRecordedTestApp({ seed: false, clock: () => now });
  const { recorder } = served;

  const call = <T>(method: string, path: string, user: string, etag?: string, body?: unknown) =>
    tabApiCall<T>(served.running.baseUrl, method, path, { as: user, etag, body });

  let councilId: string;
  let teamId: string;
  let meetingId: string;
  const path = (rest = '') => `/api/councils/${councilId}/meetings/${meetingId}${rest}`;
  const minutesOf = (user: string) => call<MinutesReply & ErrorBody>('GET', path('/minutes'), user);
  const posts = () =>
    recorder.calls.filter((c) => c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(teamId)}/activities`);
  const part = (reply: MinutesReply, itemId: string) => reply.minutes!.draft.items.find((i) => i.itemId === itemId)!.part;
  /** Writes an item's part of the minutes: empty notes, questions and decision, reached, unless `text` says otherwise. */
  const writeItem = (
    itemId: string,
    user: string,
    etag: string | undefined,
    text: { notes?: string; qa?: { name: string; text: string }[]; decision?: string; notReached?: boolean },
  ) =>
    call<MinutesReply & ErrorBody>('PUT', path(`/minutes/items/${itemId}`), user, etag, {
      notes: '',
      qa: [],
      decision: '',
      notReached: false,
      ...text,
    });
  const amendBudget = (user: string, etag: string | undefined, amendment: { field: string; after: string; reason: string }) =>
    call<MinutesReply & ErrorBody>('POST', path('/minutes/items/budget/amend'), user, etag, amendment);
  const archiveDue = (user: string) =>
    call<{ archived: string[] } & ErrorBody>('POST', `/api/councils/${councilId}/archive-due-meetings`, user, undefined, {});

  beforeAll(async () => {
    const { deps } = served.running.app;
    ({ councilId, teamId } = await seedTeamCouncil(deps, {
      serviceUrl: recorder.url,
      people: [
        [SECRETARY, 'secretary'],
        [CHAIR, 'chair'],
        [TAKER, 'member'],
        [MEMBER, 'member'],
      ],
      now,
    }));
    meetingId = `m-${randomUUID().slice(0, 8)}`;
    await deps.meetings.create(
      aMeeting(councilId, meetingId, '2026-09-16', {
        status: 'noticeSent',
        proposalDeadline: '2026-09-02T08:00:00.000Z',
        noticeDeadline: '2026-09-09T08:00:00.000Z',
      }),
    );
    const items: AgendaItem[] = [
      ...standardItems(meetingId).map((i, n) => ({ ...i, caseNumber: { year: 2026, sequence: n === 0 ? 23 : 26 } })),
      anItem(meetingId, 'budget', 10, { title: 'Budsjett', caseNumber: { year: 2026, sequence: 24 } }),
      anItem(meetingId, 'wheel', 20, { title: 'Årshjul 2027', caseNumber: { year: 2026, sequence: 25 } }),
    ];
    await deps.work.apply(councilId, meetingId, [
      ...items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
      { op: 'create', kind: 'attendance', value: anAttendance(meetingId, SECRETARY) },
      { op: 'create', kind: 'attendance', value: anAttendance(meetingId, CHAIR, { kind: 'remote' }) },
      { op: 'create', kind: 'attendance', value: anAttendance(meetingId, TAKER) },
      {
        op: 'create',
        kind: 'attendance',
        value: anAttendance(meetingId, MEMBER, { kind: 'apologies', reason: 'sykehusinnleggelse' }),
      },
    ]);
  });

  it('holds the meeting from its start time only, as secretary or chair, and opens the draft with attendance from the answers', async () => {
    const before = await call<SavedMeeting>('GET', path(), SECRETARY);
    const early = await call<ErrorBody>('POST', path('/hold'), SECRETARY, before.body.etag, {});
    expect(early.status).toBe(400);
    expect(early.body.error.problem).toBe('notStartedYet');

    now = new Date('2026-09-16T08:05:00Z');
    const asMember = await call<ErrorBody>('POST', path('/hold'), MEMBER, before.body.etag, {});
    expect(asMember.status).toBe(403);
    const held = await call<SavedMeeting>('POST', path('/hold'), SECRETARY, before.body.etag, {});
    expect(held.status).toBe(200);
    expect(held.body.meeting.status).toBe('minutesDraft');
    const again = await call<ErrorBody>('POST', path('/hold'), SECRETARY, held.body.etag, {});
    expect(again.status).toBe(409);

    const minutes = (await minutesOf(SECRETARY)).body;
    expect(minutes.minutes?.draft.present.map((p) => [p.memberId, p.online])).toEqual([
      [CHAIR, true],
      [TAKER, false],
      [SECRETARY, false],
    ]);
    // No consent to the reason: the minutes say only "forfall".
    expect(minutes.minutes?.draft.apologies).toEqual([expect.objectContaining({ memberId: MEMBER, withoutNotice: false })]);
    expect(minutes.minutes?.draft.apologies[0]?.reason).toBeUndefined();
    expect(minutes.minutes?.draft.items.map((i) => i.title)).toEqual([
      'Godkjenning av innkalling og referat',
      'Budsjett',
      'Årshjul 2027',
      'Eventuelt',
    ]);
    // Members read nothing before the draft is sent for approval.
    const member = await minutesOf(MEMBER);
    expect(member.status).toBe(200);
    expect(member.body.minutes).toBeUndefined();
  });

  it('lets the named minute-taker and the secretary write two items at once; the same item from a stale read is a 412 that keeps the first text', async () => {
    const start = (await minutesOf(SECRETARY)).body;
    // Not yet the minute-taker: refused.
    const tooEarly = await writeItem('budget', TAKER, start.minutes!.partEtags['budget'], { notes: 'x' });
    expect(tooEarly.status).toBe(403);
    const named = await call<MinutesReply>('PUT', path('/minutes/minute-taker'), SECRETARY, start.minutes!.etag, {
      minuteTakerId: TAKER,
    });
    expect(named.status).toBe(200);
    expect(named.body.minutes?.draft.minuteTaker?.memberId).toBe(TAKER);

    const [byTaker, bySecretary] = await Promise.all([
      writeItem('budget', TAKER, start.minutes!.partEtags['budget'], {
        notes: 'Direktøren la fram budsjettet.',
        qa: [
          { name: 'Adele Vance', text: 'Hva med brukermedvirkning?' },
          { name: 'Megan Bowen', text: 'Det er med.' },
        ],
        decision: 'Budsjettet tas til orientering.',
      }),
      writeItem('wheel', SECRETARY, start.minutes!.partEtags['wheel'], { notReached: true }),
    ]);
    expect([byTaker.status, bySecretary.status]).toEqual([200, 200]);

    // The secretary, from the same stale read, writes the item the minute-taker saved.
    const conflict = await writeItem('budget', SECRETARY, start.minutes!.partEtags['budget'], { notes: 'Min versjon.' });
    expect(conflict.status).toBe(412);
    expect(conflict.body.error.code).toBe('concurrentEdit');
    const after = (await minutesOf(SECRETARY)).body;
    expect(part(after, 'budget').notes).toBe('Direktøren la fram budsjettet.');
    expect(part(after, 'budget').qa).toHaveLength(2);
    // Not reached: the agenda item is postponed the existing way, so the next meeting offers it.
    expect(part(after, 'wheel').notReached).toBe(true);
    const wheel = await served.running.app.deps.work.get(councilId, meetingId, 'item', 'wheel');
    expect(wheel?.value.postponed).toBe(true);
    // A member who is not the minute-taker cannot write.
    const other = await writeItem('budget', MEMBER, after.minutes!.partEtags['budget'], { notes: 'x' });
    expect(other.status).toBe(403);
  });

  it('lets the minute-taker write a follow-up down under an item while writing; a member may not; the minutes list it under its meeting', async () => {
    const followUp = (id: string) => ({
      id,
      responsibleId: MEMBER,
      what: 'Sende budsjettet til FFO',
      due: '2026-10-01',
      itemId: 'budget',
    });
    const byMember = await call<ErrorBody>('POST', path('/follow-ups'), MEMBER, undefined, followUp('fu-by-member'));
    expect(byMember.status).toBe(403);
    const byTaker = await call<{ entry: { followUp: { createdBy: string } } }>(
      'POST',
      path('/follow-ups'),
      TAKER,
      undefined,
      followUp('fu-by-taker'),
    );
    expect(byTaker.status).toBe(201);
    expect(byTaker.body.entry.followUp.createdBy).toBe(TAKER);
    const read = (await minutesOf(TAKER)).body;
    expect(read.canRecordFollowUps).toBe(true);
    expect(read.minutes!.followUps.map((e) => [e.followUp.id, e.followUp.itemId, e.responsibleName])).toEqual([
      ['fu-by-taker', 'budget', MEMBER],
    ]);
    expect((await minutesOf(MEMBER)).body.canRecordFollowUps).toBe(false);
  });

  it('refuses to record approval of a draft never sent for approval (400, nothing changes)', async () => {
    const start = (await minutesOf(SECRETARY)).body;
    const early = await call<ErrorBody>('POST', path('/minutes/approve'), SECRETARY, start.minutes!.etag, {});
    expect(early.status).toBe(400);
    expect(early.body.error.problem).toBe('notSentForApproval');
    const after = (await minutesOf(SECRETARY)).body;
    expect(after.meeting.status).toBe('minutesDraft');
    expect(after.minutes!.approval).toBeUndefined();
  });

  it('sends for approval as secretary or chair only, with one channel card however often it is sent; members read the draft from then', async () => {
    const start = (await minutesOf(SECRETARY)).body;
    const byTaker = await call<ErrorBody>('POST', path('/minutes/send-for-approval'), TAKER, start.minutes!.etag);
    expect(byTaker.status).toBe(403);
    recorder.reset();
    const sent = await call<MinutesReply>('POST', path('/minutes/send-for-approval'), SECRETARY, start.minutes!.etag);
    expect(sent.status).toBe(200);
    expect(sent.body.channel).toBe('sent');
    const repeated = await call<MinutesReply>('POST', path('/minutes/send-for-approval'), CHAIR, sent.body.minutes!.etag);
    expect(repeated.status).toBe(200);
    expect(repeated.body.channel).toBe('alreadySent');
    expect(posts().filter((c) => c.status < 300)).toHaveLength(1);
    const card = JSON.stringify(posts()[0]!.body);
    expect(card).toContain('Referat til godkjenning: Brukerutvalget i NAV Vestfold og Telemark');
    expect(card).toContain(`#/minutes/${meetingId}`);

    const member = (await minutesOf(MEMBER)).body;
    expect(part(member, 'budget').decision).toBe('Budsjettet tas til orientering.');
    // Readers get the minutes as written, no ETags to write with and no raw attendance.
    expect(member.minutes?.partEtags).toEqual({});
    expect(member.minutes?.attendance).toEqual([]);
  });

  it('records approval with corrections, deletes the reason the member kept out of the minutes, and freezes them; a later correction is a visible amendment', async () => {
    const start = (await minutesOf(SECRETARY)).body;
    now = new Date('2026-11-18T09:10:00Z');
    const approved = await call<MinutesReply>('POST', path('/minutes/approve'), SECRETARY, start.minutes!.etag, {
      corrections: 'Rett navnet i sak 24/26.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.meeting.status).toBe('minutesApproved');
    expect(approved.body.minutes?.approval).toMatchObject({ by: SECRETARY, corrections: 'Rett navnet i sak 24/26.' });
    const answer = await served.running.app.deps.work.get(councilId, meetingId, 'attendance', MEMBER);
    expect(answer?.value.answer).toEqual({ kind: 'apologies' });

    const frozen = await writeItem('budget', SECRETARY, approved.body.minutes!.partEtags['budget'], { notes: 'Stille endring' });
    expect(frozen.status).toBe(409);

    const amended = await amendBudget(SECRETARY, approved.body.minutes!.partEtags['budget'], {
      field: 'decision',
      after: 'Budsjettet tas til orientering med merknadene i møtet.',
      reason: 'Vedtaket var ufullstendig',
    });
    expect(amended.status).toBe(200);
    const budget = amended.body.minutes!.draft.items.find((i) => i.itemId === 'budget')!;
    expect(budget.part.decision).toBe('Budsjettet tas til orientering med merknadene i møtet.');
    expect(budget.amendments).toEqual([
      expect.objectContaining({
        by: SECRETARY,
        field: 'decision',
        before: 'Budsjettet tas til orientering.',
        reason: 'Vedtaket var ufullstendig',
      }),
    ]);
    const byTaker = await amendBudget(TAKER, amended.body.minutes!.partEtags['budget'], {
      field: 'notes',
      after: 'x',
      reason: 'y',
    });
    expect(byTaker.status).toBe(403);
  });

  it('archives approved minutes twelve months after approval (not before), read-only', async () => {
    now = new Date('2027-11-18T09:00:00Z');
    const notYet = await archiveDue(SECRETARY);
    expect(notYet.body.archived).toEqual([]);
    now = new Date('2027-11-18T09:11:00Z');
    const byMember = await archiveDue(MEMBER);
    expect(byMember.status).toBe(403);
    const due = await archiveDue(SECRETARY);
    expect(due.body.archived).toEqual([meetingId]);
    const read = (await minutesOf(MEMBER)).body;
    expect(read.meeting.status).toBe('archived');
    expect(part(read, 'budget').decision).toBe('Budsjettet tas til orientering med merknadene i møtet.');
    const etags = (await minutesOf(SECRETARY)).body.minutes!.partEtags;
    const amend = await amendBudget(SECRETARY, etags['budget'], { field: 'notes', after: 'x', reason: 'y' });
    expect(amend.status).toBe(409);

    // Every kind of write on the archived meeting is a clear 409 and changes nothing.
    const fresh = (await minutesOf(SECRETARY)).body;
    const { etag } = fresh.minutes!;
    const writes: [string, string, string | undefined, unknown][] = [
      ['PUT', path('/minutes/items/budget'), etags['budget'], { notes: 'x', qa: [], decision: '', notReached: false }],
      ['PUT', path('/minutes/attendance'), etag, { corrections: [{ memberId: MEMBER, presence: 'inPerson' }] }],
      ['PUT', path('/minutes/minute-taker'), etag, { minuteTakerId: MEMBER }],
      ['POST', path('/minutes/send-for-approval'), etag, {}],
      ['POST', path('/minutes/approve'), etag, {}],
      ['POST', path('/hold'), fresh.meetingEtag, {}],
      ['POST', path('/follow-ups'), undefined, { id: 'fu-archived', responsibleId: MEMBER, what: 'x', due: '2027-12-01' }],
      ['POST', path('/cancel'), fresh.meetingEtag, { reason: 'Feil' }],
      [
        'PUT',
        path(),
        fresh.meetingEtag,
        {
          date: '2027-12-01',
          startTime: '10:00',
          endTime: '12:00',
          proposalDeadline: '2027-11-20T23:59',
          noticeDeadline: '2027-11-24T10:00',
        },
      ],
      ['POST', path('/agenda/items'), undefined, { id: 'late-item', title: 'Ny sak', kind: 'briefing' }],
      ['POST', path('/notice'), fresh.meetingEtag, {}],
      [
        'POST',
        path('/input-requests'),
        undefined,
        { id: 'late-input', questions: [{ text: 'Hva nå?' }], deadline: '2027-12-01T10:00:00.000Z', askedMemberIds: [MEMBER] },
      ],
    ];
    for (const [method, url, ifMatch, body] of writes) {
      const refused = await call<ErrorBody>(method, url, SECRETARY, ifMatch, body);
      expect([method, url, refused.status]).toEqual([method, url, 409]);
    }
    const still = (await minutesOf(SECRETARY)).body;
    expect(still.meeting.status).toBe('archived');
    expect(still.minutes!.etag).toBe(etag);
    expect(still.minutes!.followUps.map((e) => e.followUp.id)).toEqual(['fu-by-taker']);
  });
  it('holds a meeting whose notice went out another way only when told so, and then numbers its agenda as publishing would: the minutes speak of «Sak NN/YY»', async () => {
    now = new Date('2027-11-18T09:30:00Z');
    const elsewhereId = `m-${randomUUID().slice(0, 8)}`;
    const { deps } = served.running.app;
    await deps.meetings.create(aMeeting(councilId, elsewhereId, '2027-11-18', { status: 'collecting' }));
    await deps.work.apply(
      councilId,
      elsewhereId,
      [...standardItems(elsewhereId), anItem(elsewhereId, 'budget-2028', 10, { title: 'Budsjett 2028' })].map(
        (value): WorkChange => ({ op: 'create', kind: 'item', value }),
      ),
    );
    const at = (rest: string) => `/api/councils/${councilId}/meetings/${elsewhereId}${rest}`;
    const before = await call<SavedMeeting>('GET', at(''), SECRETARY);
    const unconfirmed = await call<ErrorBody>('POST', at('/hold'), SECRETARY, before.body.etag, {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.problem).toBe('noticeNotSent');
    const held = await call<SavedMeeting>('POST', at('/hold'), SECRETARY, before.body.etag, { noticeSentElsewhere: true });
    expect(held.status).toBe(200);
    expect(held.body.meeting.status).toBe('minutesDraft');

    const draft = (await call<MinutesReply>('GET', at('/minutes'), SECRETARY)).body.minutes!.draft;
    expect(draft.items.map((i) => i.title)).toEqual(['Godkjenning av innkalling og referat', 'Budsjett 2028', 'Eventuelt']);
    const numbers = draft.items.map((i) => i.caseNumber);
    expect(numbers.every((n) => n?.year === 2027)).toBe(true);
    // One block, in agenda order: the refused attempt above took none.
    const first = numbers[0]!.sequence;
    expect(numbers.map((n) => n!.sequence)).toEqual([first, first + 1, first + 2]);
    // The secretary holding it never answered the attendance card, and was there.
    expect(draft.present.map((p) => p.memberId)).toContain(SECRETARY);
  });
});
