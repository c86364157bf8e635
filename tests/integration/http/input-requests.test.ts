import { randomUUID } from 'node:crypto';
import type { SavedInputRequest } from '../../../bot/src/app/use-cases/create-input-request';
import type { InputAnswersView } from '../../../bot/src/app/use-cases/list-input-answers';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { BotHarness, PEOPLE } from '../../support/bot-harness';
import { cardInActivity } from '../../support/card-reading';
import type { RecordedCall } from '../../support/connector-recorder';
import { tabApiCall } from '../../support/tab-api-call';

type Saved = SavedInputRequest;
interface ErrorBody {
  error: { code: string; field?: string; problem?: string; params?: Record<string, unknown> };
}

/** A proactive message into a conversation (not a reply to an activity). */
const proactiveTo = (aadObjectId: string) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(`a:personal-${aadObjectId}`)}/activities`;

describe('input requests over HTTP: the secretary asks, the bot tells the members 1:1', () => {
  const bot = new BotHarness();
  let meetingId: string;
  let startsAt: string;
  let base: string;
  const api = <T>(method: string, path: string, options: { as?: string; body?: unknown; etag?: string } = {}) =>
    tabApiCall<T>(bot.running.baseUrl, method, path, options);
  const list = (as: string) => api<InputAnswersView>('GET', base, { as });

  /** A deadline `days` before the meeting starts. */
  const before = (days: number) => new Date(Date.parse(startsAt) - days * 86_400_000).toISOString();
  const draft = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    questions: [{ text: 'Hva bør brukerutvalget prioritere neste år?' }],
    deadline: before(2),
    askedMemberIds: [],
    ...overrides,
  });

  beforeAll(async () => {
    await bot.start();
    meetingId = await bot.upcomingMeetingId();
    startsAt = (await bot.deps.meetings.get(bot.councilId, meetingId))!.value.startsAt;
    base = `/api/councils/${bot.councilId}/meetings/${meetingId}/input-requests`;
    // Members who have written to the bot once: it remembers their personal chat. Patti never has.
    for (const person of [PEOPLE.megan, PEOPLE.adele, PEOPLE.isaiah, PEOPLE.lynne]) await bot.say(person, 'hjelp');
  });
  afterAll(() => bot.stop());
  beforeEach(() => bot.recorder.reset());

  describe('creating a request', () => {
    const asked = [PEOPLE.adele, PEOPLE.isaiah, PEOPLE.lynne, PEOPLE.patti];
    let first: { status: number; body: Saved };
    let body: ReturnType<typeof draft>;
    /** What the connector received during the create (the outer beforeEach resets the recorder per test). */
    let sent: RecordedCall[];

    beforeAll(async () => {
      bot.recorder.reset();
      body = draft({
        questions: [{ text: 'Hva fungerer godt?' }, { text: 'Hva bør bli bedre?' }],
        agendaItemId: 'annual-wheel',
        askedMemberIds: asked.map((p) => p.aadObjectId),
      });
      first = await api<Saved>('POST', base, { body });
      sent = [...bot.recorder.calls];
    });

    it('answers 201 with the request, its ETag, who was told and whom the bot could not reach', () => {
      expect(first.status).toBe(201);
      expect(first.body.request).toMatchObject({
        id: body.id,
        questions: [
          { id: 'q1', text: 'Hva fungerer godt?' },
          { id: 'q2', text: 'Hva bør bli bedre?' },
        ],
        agendaItemId: 'annual-wheel',
        createdBy: PEOPLE.alex.aadObjectId,
      });
      expect(first.body.etag).toEqual(expect.any(String));
      expect(first.body.notified.sent.map((p) => p.name).sort()).toEqual(['Adele Vance', 'Isaiah Langer', 'Lynne Robbins']);
      expect(first.body.notified.couldNotReach.map((p) => p.name)).toEqual(['Patti Fernandez']);
    });

    it('sent each reachable asked member exactly one 1:1 input card, and nobody else anything', async () => {
      const stored = await bot.deps.work.load(bot.councilId, meetingId);
      expect(
        stored.inputNotice
          .filter((n) => n.value.requestId === body.id)
          .map((n) => n.value.status)
          .sort(),
      ).toEqual(['sent', 'sent', 'sent', 'unreachable']);
      const to = (p: { aadObjectId: string }) => sent.filter(proactiveTo(p.aadObjectId));
      for (const p of [PEOPLE.adele, PEOPLE.isaiah, PEOPLE.lynne]) expect(to(p)).toHaveLength(1);
      for (const p of [PEOPLE.megan, PEOPLE.alex, PEOPLE.patti]) expect(to(p)).toHaveLength(0);
      expect(sent.filter((c) => c.method === 'POST' && c.path.endsWith('/activities'))).toHaveLength(3);
      const calls = [PEOPLE.adele, PEOPLE.isaiah, PEOPLE.lynne].map((p) => to(p)[0]!);

      const adele = cardInActivity(calls[0]!.body);
      expect(adele.texts).toEqual(
        expect.arrayContaining([
          'Skriftlig innspill',
          'Bare sekretæren og lederen ser svaret ditt før møtet.',
          'Innspill kan bli et offentlig dokument etter offentleglova.',
        ]),
      );
      expect(adele.texts.some((t) => t.startsWith('Til saken: Årshjul for brukermedvirkning'))).toBe(true);
      // Each answer field is labelled with its question.
      expect([...adele.inputs].map(([id, input]) => [id, input.label, input.value])).toEqual([
        ['answer_q1', 'Hva fungerer godt?', ''],
        ['answer_q2', 'Hva bør bli bedre?', ''],
      ]);
      expect(adele.buttons).toEqual([
        expect.objectContaining({ verb: 'submitInput', data: { councilId: bot.councilId, meetingId, requestId: body.id } }),
      ]);
      // Lynne reads nynorsk.
      expect(cardInActivity(calls[2]!.body).texts).toContain('Berre sekretæren og leiaren ser svaret ditt før møtet.');
    });

    it('a retried create (same id) answers 200 with the same request and tells nobody again', async () => {
      const retry = await api<Saved>('POST', base, { body });
      expect(retry.status).toBe(200);
      expect(retry.body.request.id).toBe(body.id);
      expect(retry.body.notified.couldNotReach.map((p) => p.name)).toEqual(['Patti Fernandez']);
      expect(bot.recorder.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/activities'))).toEqual([]);
      const view = await list(PEOPLE.alex.aadObjectId);
      expect(view.body.requests.filter((r) => r.request.id === body.id)).toHaveLength(1);
    });

    it('two deliveries of the same create at once still store one request and send one card per member', async () => {
      const twin = draft({ askedMemberIds: [PEOPLE.adele.aadObjectId, PEOPLE.isaiah.aadObjectId] });
      const answers = await Promise.all([api<Saved>('POST', base, { body: twin }), api<Saved>('POST', base, { body: twin })]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
      await bot.recorder.waitFor(proactiveTo(PEOPLE.isaiah.aadObjectId));
      expect(bot.recorder.calls.filter(proactiveTo(PEOPLE.adele.aadObjectId))).toHaveLength(1);
      expect(bot.recorder.calls.filter(proactiveTo(PEOPLE.isaiah.aadObjectId))).toHaveLength(1);
    });

    it('the secretary sees in the list whom the bot could not reach', async () => {
      const view = await list(PEOPLE.alex.aadObjectId);
      const request = view.body.requests.find((r) => r.request.id === body.id);
      expect(request?.couldNotReach?.map((p) => p.name)).toEqual(['Patti Fernandez']);
      expect(request?.notAnswered?.map((p) => p.name)).toEqual([
        'Adele Vance',
        'Isaiah Langer',
        'Lynne Robbins',
        'Patti Fernandez',
      ]);
      expect(request?.itemHeading).toMatch(/^Årshjul for brukermedvirkning/);
    });
  });

  describe('refuses bad input with 400 naming the field, and stores nothing', () => {
    it.each<[string, () => Record<string, unknown>, string, string, Record<string, unknown>]>([
      ['an empty question', () => ({ questions: [{ text: '   ' }] }), 'questions.0.text', 'required', {}],
      ['no questions', () => ({ questions: [] }), 'questions', 'tooFew', { min: 1 }],
      [
        'eleven questions',
        () => ({ questions: Array.from({ length: 11 }, (_, i) => ({ text: `Spørsmål ${i}?` })) }),
        'questions',
        'tooMany',
        { max: 10 },
      ],
      [
        'a question over 1000 characters',
        () => ({ questions: [{ text: 'Ok?' }, { text: 'x'.repeat(1001) }] }),
        'questions.1.text',
        'tooLong',
        { max: 1000 },
      ],
      [
        'a deadline in the past',
        () => ({ deadline: new Date(bot.now.getTime() - 60_000).toISOString() }),
        'deadline',
        'notInFuture',
        {},
      ],
      ['a deadline after the meeting starts', () => ({ deadline: before(-1) }), 'deadline', 'afterMeetingStart', {}],
      ['a deadline that is not a time', () => ({ deadline: 'fredag' }), 'deadline', 'invalid', {}],
      ['an agenda item the meeting does not have', () => ({ agendaItemId: 'no-such-item' }), 'agendaItemId', 'notOnAgenda', {}],
      ['a person who is not a member', () => ({ askedMemberIds: ['stranger-0001'] }), 'askedMemberIds', 'notMemberOnDate', {}],
    ])('%s', async (_what, overrides, field, problem, params) => {
      const body = draft(overrides());
      const answer = await api<ErrorBody>('POST', base, { body });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'invalidValue', field, problem, params });
      const stored = await bot.deps.work.get(bot.councilId, meetingId, 'inputRequest', body.id);
      expect(stored).toBeUndefined();
      expect(bot.recorder.calls.filter((c) => c.path.endsWith('/activities'))).toEqual([]);
    });
  });

  describe('only the secretary and the chair change requests', () => {
    let saved: Saved;
    beforeAll(async () => {
      saved = (await api<Saved>('POST', base, { body: draft({ askedMemberIds: [PEOPLE.patti.aadObjectId] }) })).body;
    });

    it('a member gets 403 for create, change and close, and nothing changes', async () => {
      const as = PEOPLE.adele.aadObjectId;
      const create = await api<ErrorBody>('POST', base, { as, body: draft() });
      const update = await api<ErrorBody>('PUT', `${base}/${saved.request.id}`, {
        as,
        etag: saved.etag,
        body: { questions: [{ text: 'Kapret?' }], deadline: before(3) },
      });
      const close = await api<ErrorBody>('POST', `${base}/${saved.request.id}/close`, { as, etag: saved.etag });
      expect([create.status, update.status, close.status]).toEqual([403, 403, 403]);
      expect(create.body.error.code).toBe('forbidden');
      const stored = await bot.deps.work.get(bot.councilId, meetingId, 'inputRequest', saved.request.id);
      expect(stored?.value).toEqual(saved.request);
    });

    it('the chair may create one', async () => {
      const created = await api<Saved>('POST', base, {
        as: PEOPLE.megan.aadObjectId,
        body: draft({ askedMemberIds: [PEOPLE.adele.aadObjectId] }),
      });
      expect(created.status).toBe(201);
    });

    it('a person outside the council gets 403 even for reading', async () => {
      expect((await list('stranger-0001')).status).toBe(403);
    });
  });

  describe('editing with If-Match', () => {
    it('returns a new ETag; the old one is then refused with 412 and nothing is overwritten', async () => {
      const { body: saved } = await api<Saved>('POST', base, { body: draft({ askedMemberIds: [PEOPLE.patti.aadObjectId] }) });
      const path = `${base}/${saved.request.id}`;
      const first = await api<Saved>('PUT', path, {
        etag: saved.etag,
        body: { questions: [{ text: 'Første utgave?' }], deadline: before(3), askedMemberIds: [PEOPLE.patti.aadObjectId] },
      });
      expect(first.status).toBe(200);
      expect(first.body.etag).not.toBe(saved.etag);
      expect(first.body.request.questions).toEqual([{ id: 'q1', text: 'Første utgave?' }]);

      const stale = await api<ErrorBody>('PUT', path, {
        as: PEOPLE.megan.aadObjectId,
        etag: saved.etag,
        body: { questions: [{ text: 'Lederens utgave?' }], deadline: before(3) },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.error.code).toBe('concurrentEdit');
      const stored = await bot.deps.work.get(bot.councilId, meetingId, 'inputRequest', saved.request.id);
      expect(stored?.value.questions).toEqual([{ id: 'q1', text: 'Første utgave?' }]);

      const noEtag = await api<ErrorBody>('PUT', path, { body: { questions: [{ text: 'Uten?' }], deadline: before(3) } });
      expect(noEtag.status).toBe(400);
      expect(noEtag.body.error.field).toBe('If-Match');
    });

    it('tells members who are newly asked, and only them', async () => {
      const { body: saved } = await api<Saved>('POST', base, { body: draft({ askedMemberIds: [PEOPLE.adele.aadObjectId] }) });
      await bot.recorder.waitFor(proactiveTo(PEOPLE.adele.aadObjectId));
      const edited = await api<Saved>('PUT', `${base}/${saved.request.id}`, {
        etag: saved.etag,
        body: {
          questions: [{ text: 'Endret før noen svarte?' }],
          deadline: before(3),
          askedMemberIds: [PEOPLE.adele.aadObjectId, PEOPLE.isaiah.aadObjectId],
        },
      });
      expect(edited.status).toBe(200);
      expect(edited.body.notified.sent.map((p) => p.name).sort()).toEqual(['Adele Vance', 'Isaiah Langer']);
      expect(bot.recorder.calls.filter(proactiveTo(PEOPLE.adele.aadObjectId))).toHaveLength(1);
      expect(bot.recorder.calls.filter(proactiveTo(PEOPLE.isaiah.aadObjectId))).toHaveLength(1);
    });

    it('after the first answer (given through the bot) the questions are fixed, the deadline can move', async () => {
      const { body: saved } = await api<Saved>('POST', base, { body: draft({ askedMemberIds: [PEOPLE.isaiah.aadObjectId] }) });
      const ref = { councilId: bot.councilId, meetingId, requestId: saved.request.id };
      const pressed = await bot.press(PEOPLE.isaiah, 'submitInput', { ...ref, answer_q1: 'Flere fysiske møter.' });
      expect(pressed.card?.texts).toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');

      const path = `${base}/${saved.request.id}`;
      const changed = await api<ErrorBody>('PUT', path, {
        etag: saved.etag,
        body: {
          questions: [{ text: 'Et helt annet spørsmål?' }],
          deadline: before(2),
          askedMemberIds: [PEOPLE.isaiah.aadObjectId],
        },
      });
      expect(changed.status).toBe(400);
      expect(changed.body.error.field).toBe('questions');
      expect(changed.body.error.problem).toBe('lockedByAnswers');

      const moved = await api<Saved>('PUT', path, {
        etag: saved.etag,
        body: {
          questions: [{ text: saved.request.questions[0]!.text }],
          deadline: before(1),
          askedMemberIds: [PEOPLE.isaiah.aadObjectId],
        },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.request.deadline).toBe(before(1));
    });
  });

  describe('closing early', () => {
    it('stops members from giving input at once; closing again changes nothing', async () => {
      const { body: saved } = await api<Saved>('POST', base, { body: draft({ askedMemberIds: [PEOPLE.lynne.aadObjectId] }) });
      const path = `${base}/${saved.request.id}/close`;
      const closed = await api<Saved>('POST', path, { etag: saved.etag });
      expect(closed.status).toBe(200);
      expect(closed.body.request.closedAt).toBe(bot.now.toISOString());
      const again = await api<Saved>('POST', path, { etag: saved.etag });
      expect(again.body.request.closedAt).toBe(closed.body.request.closedAt);

      const ref = { councilId: bot.councilId, meetingId, requestId: saved.request.id };
      const late = await bot.press(PEOPLE.lynne, 'submitInput', { ...ref, answer_q1: 'For seint?' });
      expect(late.card?.inputs.size).toBe(0);
      expect(
        await bot.deps.work.get(bot.councilId, meetingId, 'input', {
          requestId: saved.request.id,
          memberId: PEOPLE.lynne.aadObjectId,
        }),
      ).toBeUndefined();

      const view = await list(PEOPLE.alex.aadObjectId);
      expect(view.body.requests.find((r) => r.request.id === saved.request.id)?.open).toBe(false);
    });
  });

  describe('input privacy', () => {
    // The demo request 'ir-forventninger' asks everyone; Adele has answered it.
    const demoRequest = (view: InputAnswersView) => view.requests.find((r) => r.request.id === 'ir-forventninger');
    const authors = (view: InputAnswersView) => demoRequest(view)?.questions.flatMap((q) => q.answers.map((a) => a.name)) ?? [];
    const packageInputs = async (as: string) =>
      (
        await api<MeetingPackage>('GET', `/api/councils/${bot.councilId}/meetings/${meetingId}/package`, { as })
      ).body.inputRequests.find((r) => r.request.id === 'ir-forventninger');
    const setVisibility = async (inputVisibility: 'secretaryUntilMeeting' | 'allMembers') => {
      const council = (await bot.deps.councils.get(bot.councilId))!;
      await bot.deps.councils.update({ ...council.value, inputVisibility }, council.etag);
    };
    afterEach(async () => {
      bot.now = new Date();
      await setVisibility('secretaryUntilMeeting');
    });

    it('before the meeting, with secretaryUntilMeeting, a member reads no one else’s input: not in the list, not in the package', async () => {
      const isaiah = (await list(PEOPLE.isaiah.aadObjectId)).body;
      expect(isaiah.visibility).toBe('secretaryUntilMeeting');
      expect(isaiah.othersVisible).toBe(false);
      expect(authors(isaiah)).toEqual([]);
      expect(demoRequest(isaiah)?.othersHidden).toBe(true);
      expect(JSON.stringify(isaiah)).not.toContain('minst fire ganger i året');
      expect((await packageInputs(PEOPLE.isaiah.aadObjectId))?.inputs).toEqual([]);
      const pkg = await api('GET', `/api/councils/${bot.councilId}/meetings/${meetingId}/package`, {
        as: PEOPLE.isaiah.aadObjectId,
      });
      expect(JSON.stringify(pkg.body)).not.toContain('minst fire ganger i året');
    });

    it('the author always reads their own', async () => {
      const adele = (await list(PEOPLE.adele.aadObjectId)).body;
      expect(authors(adele)).toEqual(['Adele Vance', 'Adele Vance']);
      expect((await packageInputs(PEOPLE.adele.aadObjectId))?.inputs.map((i) => i.name)).toEqual(['Adele Vance']);
    });

    it('the secretary and the chair always read it', async () => {
      for (const person of [PEOPLE.alex, PEOPLE.megan]) {
        expect(authors((await list(person.aadObjectId)).body)).toEqual(['Adele Vance', 'Adele Vance']);
        expect((await packageInputs(person.aadObjectId))?.inputs.map((i) => i.name)).toEqual(['Adele Vance']);
      }
    });

    it('with allMembers, a member reads it before the meeting', async () => {
      await setVisibility('allMembers');
      const isaiah = (await list(PEOPLE.isaiah.aadObjectId)).body;
      expect(isaiah.visibility).toBe('allMembers');
      expect(authors(isaiah)).toEqual(['Adele Vance', 'Adele Vance']);
      expect((await packageInputs(PEOPLE.isaiah.aadObjectId))?.inputs[0]?.answers['q1']).toContain('minst fire ganger i året');
    });

    it('once the meeting has started, members read it with secretaryUntilMeeting too', async () => {
      bot.now = new Date(Date.parse(startsAt) + 60_000);
      expect(authors((await list(PEOPLE.isaiah.aadObjectId)).body)).toEqual(['Adele Vance', 'Adele Vance']);
    });
  });
});
