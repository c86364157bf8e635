import { randomUUID } from 'node:crypto';
import type { WorkChange } from '../../../bot/src/app/ports';
import type { PublicationStatus } from '../../../bot/src/app/use-cases/view-publication';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { AgendaPublication } from '../../../bot/src/domain/agenda-publication';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import type { RecordedCall } from '../../support/connector-recorder';
import { aMeeting, anItem, standardItems } from '../../support/storage-builders';
import { tabApiCall } from '../../support/tab-api-call';
import { seedTeamCouncil } from '../../support/team-setup';
import { useRecordedTestApp } from '../../support/test-app';

/**
 * "Lås og send innkalling" over real HTTP, with Azurite and a recorder in
 * place of the Teams connector: numbers, status, exactly one channel card
 * however the request is repeated, and changes after the notice.
 */

const NOW = new Date('2026-09-09T08:00:00Z');
const SECRETARY = 'pub-secretary';
const CHAIR = 'pub-chair';
const MEMBER = 'pub-member';

type ErrorBody = { error: { code: string; field?: string } };
type NoticeAnswer = { meeting: Meeting; etag: string; publication: AgendaPublication; channel: string };
type ChangesAnswer = { publication: AgendaPublication; channel: string };

describe('publishing the notice over HTTP', () => {
  const served = useRecordedTestApp({ seed: false, clock: () => NOW });
  const { recorder } = served;
  beforeEach(() => recorder.reset());

  const call = <T>(method: string, path: string, user: string, etag?: string, body?: unknown) =>
    tabApiCall<T>(served.running.baseUrl, method, path, { as: user, etag, body });
  const meetingPath = (councilId: string, meetingId: string) => `/api/councils/${councilId}/meetings/${meetingId}`;
  const status = (councilId: string, meetingId: string, user = SECRETARY) =>
    call<PublicationStatus>('GET', `${meetingPath(councilId, meetingId)}/publication`, user);
  const publish = (councilId: string, meetingId: string, etag?: string, user = SECRETARY) =>
    call<NoticeAnswer & ErrorBody>('POST', `${meetingPath(councilId, meetingId)}/notice`, user, etag);
  const sendChanges = (councilId: string, meetingId: string, etag: string, user = SECRETARY) =>
    call<ChangesAnswer & ErrorBody>('POST', `${meetingPath(councilId, meetingId)}/agenda-changes`, user, etag);
  const retryPost = (councilId: string, meetingId: string, etag: string) =>
    call<ChangesAnswer & ErrorBody>('POST', `${meetingPath(councilId, meetingId)}/channel-post`, SECRETARY, etag);
  const packageOf = async (councilId: string, meetingId: string, user = MEMBER) =>
    (await call<MeetingPackage>('GET', `${meetingPath(councilId, meetingId)}/package`, user)).body;
  const headings = (pkg: MeetingPackage) =>
    pkg.agenda.map((i) => (i.caseNumber ? `${formatCaseNumber(i.caseNumber)} ${i.title}` : i.title));

  const posts = (teamId: string) =>
    recorder.calls.filter((c) => c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(teamId)}/activities`);
  const delivered = (teamId: string) => posts(teamId).filter((c) => c.status < 300);
  /** The visible lines of a posted card (TextBlocks and RichTextBlocks' runs). */
  function cardLines(call: RecordedCall): string[] {
    const body = call.body as { attachments: { content: { body: Record<string, unknown>[] } }[] };
    return body.attachments[0]!.content.body.map((block) =>
      block['type'] === 'RichTextBlock'
        ? (block['inlines'] as { text: string }[]).map((r) => r.text).join('')
        : String(block['text']),
    );
  }
  function cardButtons(call: RecordedCall): { title: string; url: string }[] {
    const body = call.body as { attachments: { content: { actions: { title: string; url: string }[] } }[] };
    return body.attachments[0]!.content.actions;
  }

  /** A council linked to a team the bot was added to (its channel reference points at the recorder). */
  function council(options: { linked?: boolean } = {}): Promise<{ councilId: string; teamId: string }> {
    return seedTeamCouncil(served.running.app.deps, {
      serviceUrl: recorder.url,
      people: [
        [SECRETARY, 'secretary'],
        [CHAIR, 'chair'],
        [MEMBER, 'member'],
      ],
      now: NOW,
      council: { caseNumberStart: { year: 2026, next: 23 } },
      ...(options.linked === false && { linked: false }),
    });
  }

  /** A collecting meeting with Godkjenning, three items (stored out of order) and Eventuelt. */
  async function meeting(councilId: string, meetingId = `m-${randomUUID().slice(0, 8)}`): Promise<string> {
    const { deps } = served.running.app;
    await deps.meetings.create(
      aMeeting(councilId, meetingId, '2026-09-16', {
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/demo',
        proposalDeadline: '2026-09-02T08:00:00.000Z',
        noticeDeadline: '2026-09-09T08:00:00.000Z',
      }),
    );
    const items: AgendaItem[] = [
      ...standardItems(meetingId),
      anItem(meetingId, 'fagdag', 30, { title: 'Fagdag om veiledning og rus', kind: 'decision' }),
      anItem(meetingId, 'news', 10, { title: 'Nytt fra NAV', kind: 'briefing' }),
      anItem(meetingId, 'wheel', 20, { title: 'Årshjul 2027', plannedMinutes: 30 }),
    ];
    await deps.work.apply(
      councilId,
      meetingId,
      items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    );
    return meetingId;
  }

  it('numbers every item from where the series continues, moves the meeting to noticeSent and posts one card', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    const before = await status(councilId, meetingId);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ next: 'publishNotice', channel: 'linked', toNumber: { count: 5 } });
    expect(before.body.toNumber.expected.map(formatCaseNumber)).toEqual(['23/26', '24/26', '25/26', '26/26', '27/26']);

    const published = await publish(councilId, meetingId, before.body.etag);
    expect(published.status).toBe(200);
    expect(published.body.channel).toBe('sent');
    expect(published.body.meeting.status).toBe('noticeSent');
    expect(published.body.etag).not.toBe(before.body.etag);

    const pkg = await packageOf(councilId, meetingId);
    expect(pkg.meeting.status).toBe('noticeSent');
    expect(headings(pkg)).toEqual([
      '23/26 Godkjenning av innkalling og referat',
      '24/26 Nytt fra NAV',
      '25/26 Årshjul 2027',
      '26/26 Fagdag om veiledning og rus',
      '27/26 Eventuelt',
    ]);
    expect(pkg.publication).toMatchObject({ latestRevision: 0, channelPost: { state: 'sent' } });
    expect(pkg.publication?.sinceNotice.changed).toEqual([]);

    expect(delivered(teamId)).toHaveLength(1);
    const card = delivered(teamId)[0]!;
    expect(cardLines(card)).toEqual([
      'Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark',
      'onsdag 16. september kl. 10.00–12.30',
      'Sted: NAV Tønsberg, møterom Slottsfjellet',
      'Saksliste',
      '23/26 Godkjenning av innkalling og referat',
      '24/26 Nytt fra NAV',
      '25/26 Årshjul 2027',
      '26/26 Fagdag om veiledning og rus',
      '27/26 Eventuelt',
      'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
    ]);
    const port = new URL(served.running.baseUrl).port;
    expect(cardButtons(card)).toEqual([
      { type: 'Action.OpenUrl', title: 'Åpne møtepakken', url: `http://localhost:${port}/tab/#/package/${meetingId}` },
      { type: 'Action.OpenUrl', title: 'Bli med digitalt', url: 'https://teams.microsoft.com/l/meetup-join/demo' },
    ]);
  });

  it('previews the numbers publishing will give after the series was moved forward past numbers already taken', async () => {
    const { councilId } = await council({ linked: false });
    const first = await meeting(councilId);
    const firstStatus = await status(councilId, first);
    expect((await publish(councilId, first, firstStatus.body.etag)).status).toBe(200); // 23/26–27/26 are taken
    const { deps } = served.running.app;
    const stored = (await deps.councils.get(councilId))!;
    await deps.councils.update({ ...stored.value, caseNumberStart: { year: 2026, next: 100 } }, stored.etag);

    const second = await meeting(councilId);
    const before = await status(councilId, second);
    expect(before.body.toNumber.expected.map(formatCaseNumber)).toEqual(['100/26', '101/26', '102/26', '103/26', '104/26']);
    expect((await publish(councilId, second, before.body.etag)).status).toBe(200);
    expect(headings(await packageOf(councilId, second)).map((h) => h.split(' ')[0])).toEqual(
      before.body.toNumber.expected.map(formatCaseNumber),
    );
  });

  it('posts exactly one card when the same request is sent twice at once or repeated, and refuses a second publish (409)', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    const { etag } = (await status(councilId, meetingId)).body;

    const [a, b] = await Promise.all([publish(councilId, meetingId, etag), publish(councilId, meetingId, etag)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);

    // The client did not see the answer and sends the request again: refused, nothing posted.
    const repeat = await publish(councilId, meetingId, etag);
    expect(repeat.status).toBe(409);
    expect(repeat.body.error.code).toBe('illegalTransition');
    const fresh = (await status(councilId, meetingId)).body;
    expect(fresh.next).toBe('nothing');
    const second = await publish(councilId, meetingId, fresh.etag);
    expect(second.status).toBe(409);

    expect(delivered(teamId)).toHaveLength(1);
    // Numbered once: one block of five, starting at 23 or (if the loser took a block first) after it, never twice.
    const sequences = (await packageOf(councilId, meetingId)).agenda.map((i) => i.caseNumber?.sequence ?? NaN);
    expect(sequences).toEqual(Array.from({ length: 5 }, (_, i) => sequences[0]! + i));
  });

  it('refuses a member (403) and a stale If-Match (412), and then nothing is numbered or posted', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    const { etag } = (await status(councilId, meetingId)).body;

    expect((await status(councilId, meetingId, MEMBER)).status).toBe(403);
    const byMember = await publish(councilId, meetingId, etag, MEMBER);
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('forbidden');

    const missing = await publish(councilId, meetingId);
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('If-Match');

    // Someone changes the meeting (its place) after the secretary loaded it.
    const current = (await served.running.app.deps.meetings.get(councilId, meetingId))!;
    await served.running.app.deps.meetings.update({ ...current.value, place: 'NAV Skien, møterom Ibsen' }, current.etag);
    const stale = await publish(councilId, meetingId, etag);
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('concurrentEdit');

    expect((await packageOf(councilId, meetingId)).agenda.every((i) => i.caseNumber === undefined)).toBe(true);
    expect(posts(teamId)).toHaveLength(0);

    // The chair may publish too.
    const fresh = (await status(councilId, meetingId, CHAIR)).body;
    expect(fresh.toNumber.expected.map(formatCaseNumber)[0]).toBe('23/26');
    expect((await publish(councilId, meetingId, fresh.etag, CHAIR)).status).toBe(200);
  });

  it('when the channel post fails, the notice is published and says so; a retry posts it once', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    const { etag } = (await status(councilId, meetingId)).body;
    recorder.failNext('POST', /\/activities$/, { status: 400 });

    const published = await publish(councilId, meetingId, etag);
    expect(published.status).toBe(200);
    expect(published.body.channel).toBe('failed');
    expect(published.body.meeting.status).toBe('noticeSent');
    expect(posts(teamId).map((c) => c.status)).toEqual([400]);
    const after = (await status(councilId, meetingId)).body;
    expect(after.publication?.channelPost.state).toBe('failed');

    // Two tries at once (a double click, two secretaries): one posts, the other finds it claimed.
    const tries = await Promise.all([retryPost(councilId, meetingId, after.etag), retryPost(councilId, meetingId, after.etag)]);
    expect(tries.map((r) => r.status)).toEqual([200, 200]);
    const outcomes = tries.map((r) => r.body.channel).sort();
    expect(outcomes[1]).toBe('sent');
    // 'alreadySent' if the other had finished before this one read the row.
    expect(['alreadySent', 'inProgress']).toContain(outcomes[0]);
    expect(delivered(teamId)).toHaveLength(1);
    expect(cardLines(delivered(teamId)[0]!)).toContain('23/26 Godkjenning av innkalling og referat');

    const again = await retryPost(councilId, meetingId, after.etag);
    expect(again.body.channel).toBe('alreadySent');
    expect(delivered(teamId)).toHaveLength(1);
  });

  it('a council without a linked channel can publish: the package is in the tab', async () => {
    const { councilId, teamId } = await council({ linked: false });
    const meetingId = await meeting(councilId);
    const before = (await status(councilId, meetingId)).body;
    expect(before.channel).toBe('notLinked');
    const published = await publish(councilId, meetingId, before.etag);
    expect(published.status).toBe(200);
    expect(published.body.channel).toBe('noChannel');
    expect(published.body.meeting.status).toBe('noticeSent');
    expect(posts(teamId)).toHaveLength(0);
    expect(headings(await packageOf(councilId, meetingId))[0]).toBe('23/26 Godkjenning av innkalling og referat');
  });

  it('shows changes after the notice and publishes them with new numbers, old numbers unchanged', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    const { deps } = served.running.app;
    await publish(councilId, meetingId, (await status(councilId, meetingId)).body.etag);
    recorder.reset();

    // The agenda builder adds an item and renames another, knowing nothing about the notice.
    await deps.work.create(councilId, 'item', anItem(meetingId, 'safety', 15, { title: 'Sikkerhet ved NAV-kontorene' }));
    const wheel = (await deps.work.get(councilId, meetingId, 'item', 'wheel'))!;
    await deps.work.update(councilId, 'item', { ...wheel.value, title: 'Årshjul for brukermedvirkning 2027' }, wheel.etag);

    const seen = await packageOf(councilId, meetingId);
    expect(seen.publication?.sinceNotice.changed.map((c) => [c.itemId, c.changes])).toEqual([
      ['safety', ['added']],
      ['wheel', ['retitled']],
    ]);
    expect(seen.agenda.find((i) => i.id === 'safety')?.caseNumber).toBeUndefined();
    const before = (await status(councilId, meetingId)).body;
    expect(before).toMatchObject({ next: 'publishChanges', toNumber: { count: 1 } });

    // A member cannot send them.
    expect((await sendChanges(councilId, meetingId, before.etag, MEMBER)).status).toBe(403);
    const sent = await sendChanges(councilId, meetingId, before.etag);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ channel: 'sent', publication: { revision: 1 } });

    const pkg = await packageOf(councilId, meetingId);
    expect(headings(pkg)).toEqual([
      '23/26 Godkjenning av innkalling og referat',
      '24/26 Nytt fra NAV',
      '28/26 Sikkerhet ved NAV-kontorene',
      '25/26 Årshjul for brukermedvirkning 2027',
      '26/26 Fagdag om veiledning og rus',
      '27/26 Eventuelt',
    ]);
    // Members still see what changed since the notice; nothing is left to send.
    expect(pkg.publication?.sinceNotice.changed.map((c) => c.itemId)).toEqual(['safety', 'wheel']);
    expect(pkg.publication?.unpublished.changed).toEqual([]);

    expect(delivered(teamId)).toHaveLength(1);
    expect(cardLines(delivered(teamId)[0]!)).toEqual([
      'Endringer i sakslisten: Brukerutvalget i NAV Vestfold og Telemark',
      'onsdag 16. september kl. 10.00–12.30',
      'Sakslisten er endret etter innkallingen:',
      'Ny sak: 28/26 Sikkerhet ved NAV-kontorene',
      'Endret: 25/26 Årshjul for brukermedvirkning 2027 (ny tittel)',
      'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
    ]);

    // Nothing more to send; the same request again posts nothing.
    const nothing = await sendChanges(councilId, meetingId, before.etag);
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.field).toBe('agenda');
    expect(delivered(teamId)).toHaveLength(1);

    // The next meeting's numbers continue after 28.
    const nextMeeting = await meeting(councilId);
    expect((await status(councilId, nextMeeting)).body.toNumber.expected.map(formatCaseNumber)[0]).toBe('29/26');
  });

  it('edits made in the agenda builder after the notice show as changes, and removed numbers are not reused', async () => {
    const { councilId, teamId } = await council();
    const meetingId = await meeting(councilId);
    await publish(councilId, meetingId, (await status(councilId, meetingId)).body.etag);
    recorder.reset();
    const agendaPath = `${meetingPath(councilId, meetingId)}/agenda`;
    type Entry = { item: AgendaItem; etag: string };
    const entries = async () => (await call<{ agenda: { items: Entry[] } }>('GET', agendaPath, SECRETARY)).body.agenda.items;
    const entry = async (id: string) => (await entries()).find((e) => e.item.id === id)!;

    // Take "Nytt fra NAV" (24/26) off, give "Årshjul" an attachment, add an item: the builder's own API.
    const news = await entry('news');
    expect((await call('POST', `${agendaPath}/items/news/remove`, SECRETARY, news.etag)).status).toBe(200);
    const wheel = await entry('wheel');
    const attachment = { title: 'Utkast til årshjul', url: 'https://nav.sharepoint.com/sites/bu/arshjul.docx' };
    const edited = await call('PUT', `${agendaPath}/items/wheel`, SECRETARY, wheel.etag, {
      title: wheel.item.title,
      kind: wheel.item.kind,
      plannedMinutes: wheel.item.plannedMinutes,
      attachments: [attachment],
    });
    expect(edited.status).toBe(200);
    const added = await call('POST', `${agendaPath}/items`, SECRETARY, undefined, {
      id: 'calendar',
      title: 'Møtekalender 2027',
      kind: 'decision',
    });
    expect(added.status).toBe(201);

    const pkg = await packageOf(councilId, meetingId);
    expect(pkg.publication?.sinceNotice.removed.map((i) => `${formatCaseNumber(i.caseNumber)} ${i.title}`)).toEqual([
      '24/26 Nytt fra NAV',
    ]);
    expect(pkg.publication?.sinceNotice.changed.map((c) => [c.itemId, c.changes])).toEqual([
      ['wheel', ['contentChanged']],
      ['calendar', ['added']],
    ]);
    expect(pkg.agenda.find((i) => i.id === 'wheel')?.attachments).toEqual([attachment]);

    const sent = await sendChanges(councilId, meetingId, (await status(councilId, meetingId)).body.etag);
    expect(sent.status).toBe(200);
    expect(headings(await packageOf(councilId, meetingId))).toEqual([
      '23/26 Godkjenning av innkalling og referat',
      '25/26 Årshjul 2027',
      '26/26 Fagdag om veiledning og rus',
      '28/26 Møtekalender 2027',
      '27/26 Eventuelt',
    ]);
    expect(cardLines(delivered(teamId)[0]!)).toEqual([
      'Endringer i sakslisten: Brukerutvalget i NAV Vestfold og Telemark',
      'onsdag 16. september kl. 10.00–12.30',
      'Sakslisten er endret etter innkallingen:',
      'Ny sak: 28/26 Møtekalender 2027',
      'Endret: 25/26 Årshjul 2027 (endret innhold)',
      'Tatt av sakslisten: 24/26 Nytt fra NAV',
      'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
    ]);
  });

  it('refuses changes before the notice (409) and answers 404 for a meeting that does not exist', async () => {
    const { councilId } = await council();
    const meetingId = await meeting(councilId);
    const { etag } = (await status(councilId, meetingId)).body;
    const early = await sendChanges(councilId, meetingId, etag);
    expect(early.status).toBe(409);
    expect((await status(councilId, 'm-missing')).status).toBe(404);
    expect((await publish(councilId, 'm-missing', etag)).status).toBe(404);
  });
});
