import type { AppDeps } from '../../bot/src/app/deps';
import type { WorkChange } from '../../bot/src/app/ports';
import { ConcurrentEdit, InvalidValue, NotFound } from '../../bot/src/domain/errors';
import { buildPublication } from '../../bot/src/domain/agenda-publication';
import { LIMITS, MAX_AGENDA_ITEMS } from '../../bot/src/domain/limits';
import { MAX_JSON_CHARS } from '../../bot/src/storage/json-row';
import { emptyMinutesItem, MINUTES_ROW_ID, type MeetingMinutes } from '../../bot/src/domain/minutes';
import { MAX_BATCH } from '../../bot/src/storage/table-meeting-work-repository';
import {
  TEST_TENANT,
  aCouncil,
  aMeeting,
  aMember,
  anAttendance,
  anInputRequest,
  anItem,
  aWrittenInput,
  rejectionOf,
  standardItems,
} from '../support/storage-builders';

/** The ports a contract case uses: the storage side of AppDeps. */
export type PortSet = Pick<
  AppDeps,
  'councils' | 'members' | 'meetings' | 'work' | 'caseNumbers' | 'conversations' | 'handledActivities' | 'calendarFeeds'
>;

/**
 * What every implementation of the storage ports promises, run against the
 * Azurite-backed adapters (tests/integration/storage/ports-on-azurite.test.ts)
 * and the in-memory fakes (tests/unit/fakes/ports-on-fakes.test.ts), so the
 * fakes that use-case tests run on cannot drift from storage. Two people edit
 * the same record: the second save, made with the ETag it read before the
 * first save, is refused with ConcurrentEdit and overwrites nothing.
 */
export function describePortContract(implementation: string, makePorts: () => Promise<PortSet>): void {
  describe(`the storage ports (${implementation})`, () => {
    const C = 'council-etag';
    let deps: PortSet;

    beforeAll(async () => {
      deps = await makePorts();
      await deps.councils.create(aCouncil(C));
    });

    async function expectConcurrentEdit(promise: Promise<unknown>): Promise<void> {
      const error = await rejectionOf(promise);
      expect(error).toBeInstanceOf(ConcurrentEdit);
      expect((error as ConcurrentEdit).code).toBe('concurrentEdit');
    }

    describe('a meeting edited by two people at once', () => {
      it('refuses the stale save and keeps the first change', async () => {
        await deps.meetings.create(aMeeting(C, 'm-two-editors'));
        const first = await deps.meetings.get(C, 'm-two-editors');
        const second = await deps.meetings.get(C, 'm-two-editors');
        if (!first || !second) throw new Error('meeting not stored');

        await deps.meetings.update({ ...first.value, place: 'NAV Skien, møterom Ibsen' }, first.etag);
        await expectConcurrentEdit(deps.meetings.update({ ...second.value, place: 'Teams' }, second.etag));

        const after = await deps.meetings.get(C, 'm-two-editors');
        expect(after?.value.place).toBe('NAV Skien, møterom Ibsen');
      });

      it('lets the second person save after reloading, and chains saves with the returned ETag', async () => {
        await deps.meetings.create(aMeeting(C, 'm-reload'));
        const a = await deps.meetings.get(C, 'm-reload');
        const b = await deps.meetings.get(C, 'm-reload');
        if (!a || !b) throw new Error('meeting not stored');
        await deps.meetings.update({ ...a.value, place: 'Rom A' }, a.etag);
        await expectConcurrentEdit(deps.meetings.update({ ...b.value, onlineLink: 'https://teams.microsoft.com/l/x' }, b.etag));

        const reloaded = await deps.meetings.get(C, 'm-reload');
        if (!reloaded) throw new Error('meeting vanished');
        const saved = await deps.meetings.update(
          { ...reloaded.value, onlineLink: 'https://teams.microsoft.com/l/x' },
          reloaded.etag,
        );
        // The ETag a save returns is good for the next save by the same person.
        await deps.meetings.update({ ...saved.value, status: 'noticeSent' }, saved.etag);

        const after = await deps.meetings.get(C, 'm-reload');
        expect(after?.value).toMatchObject({
          place: 'Rom A',
          onlineLink: 'https://teams.microsoft.com/l/x',
          status: 'noticeSent',
        });
        // The ETag from before the last save is stale now.
        await expectConcurrentEdit(deps.meetings.update({ ...saved.value, place: 'Rom B' }, saved.etag));
        expect((await deps.meetings.get(C, 'm-reload'))?.value.place).toBe('Rom A');
      });
    });

    describe("a meeting's revision (the calendar's SEQUENCE)", () => {
      it('rises by one with every saved change, and not with a refused one', async () => {
        const created = await deps.meetings.create(aMeeting(C, 'm-revision'));
        expect(created.value.revision ?? 0).toBe(0);
        const moved = await deps.meetings.update({ ...created.value, place: 'Rom A' }, created.etag);
        const cancelled = await deps.meetings.update(
          { ...moved.value, status: 'cancelled', cancelledReason: 'Flyttet' },
          moved.etag,
        );
        expect([moved.value.revision, cancelled.value.revision]).toEqual([1, 2]);
        await expectConcurrentEdit(deps.meetings.update({ ...moved.value, place: 'Rom B' }, moved.etag));
        expect((await deps.meetings.get(C, 'm-revision'))?.value.revision).toBe(2);
      });
    });

    describe('a calendar feed address', () => {
      const feed = (secretHash: string) => ({
        tenantId: TEST_TENANT,
        aadObjectId: 'feed-owner',
        secretHash,
        createdAt: '2026-12-02T09:00:00.000Z',
      });
      const HASH_A = 'a'.repeat(64);
      const HASH_B = 'b'.repeat(64);

      it("opens with its secret only while it is the member's current one", async () => {
        const first = await deps.calendarFeeds.replace(feed(HASH_A), undefined);
        expect(await deps.calendarFeeds.findBySecretHash(HASH_A)).toMatchObject({ aadObjectId: 'feed-owner' });
        // A second "first" address, made with no ETag while one exists, is refused and the first still opens.
        await expectConcurrentEdit(deps.calendarFeeds.replace(feed(HASH_B), undefined));
        expect(await deps.calendarFeeds.findBySecretHash(HASH_B)).toBeUndefined();

        const second = await deps.calendarFeeds.replace(feed(HASH_B), first);
        expect(await deps.calendarFeeds.findBySecretHash(HASH_A)).toBeUndefined();
        expect(await deps.calendarFeeds.findBySecretHash(HASH_B)).toMatchObject({ aadObjectId: 'feed-owner' });
        // Replacing with the ETag from before is refused, and the current address keeps working.
        await expectConcurrentEdit(deps.calendarFeeds.replace(feed('c'.repeat(64)), first));
        expect(await deps.calendarFeeds.findBySecretHash('c'.repeat(64))).toBeUndefined();

        await expectConcurrentEdit(deps.calendarFeeds.revoke(first));
        await deps.calendarFeeds.revoke(second);
        expect(await deps.calendarFeeds.findBySecretHash(HASH_B)).toBeUndefined();
        expect(await deps.calendarFeeds.current(TEST_TENANT, 'feed-owner')).toBeUndefined();
      });
    });

    describe('an agenda item (working-set row) edited by two people at once', () => {
      it('refuses the stale save and keeps the first change', async () => {
        const meetingId = 'm-item';
        await deps.meetings.create(aMeeting(C, meetingId));
        await deps.work.create(C, 'item', anItem(meetingId, 'budget', 10, { title: 'Budsjett 2027' }));
        const first = await deps.work.get(C, meetingId, 'item', 'budget');
        const second = await deps.work.get(C, meetingId, 'item', 'budget');
        if (!first || !second) throw new Error('item not stored');

        await deps.work.update(C, 'item', { ...first.value, title: 'Budsjett 2027 (revidert)' }, first.etag);
        await expectConcurrentEdit(deps.work.update(C, 'item', { ...second.value, responsible: 'Isaiah Langer' }, second.etag));

        const after = await deps.work.get(C, meetingId, 'item', 'budget');
        expect(after?.value.title).toBe('Budsjett 2027 (revidert)');
        expect(after?.value.responsible).toBeUndefined();
        const loaded = await deps.work.load(C, meetingId);
        expect(loaded.item.map((r) => r.value.title)).toEqual(['Budsjett 2027 (revidert)']);
      });
    });

    describe('minutes: two writers on the same meeting', () => {
      it("keeps each item's part apart (its own ETag), refuses a stale save of the same part, and keeps long notes whole", async () => {
        const meetingId = 'm-minutes';
        await deps.meetings.create(aMeeting(C, meetingId));
        const at = '2026-04-15T12:00:00.000Z';
        const minutes: MeetingMinutes = { meetingId, heldAt: at, heldBy: 'sec', attendance: [], amendments: [] };
        const [, a, b] = await deps.work.apply(C, meetingId, [
          { op: 'create', kind: 'minutes', value: minutes },
          { op: 'create', kind: 'minutesItem', value: emptyMinutesItem(meetingId, 'a', at, 'sec') },
          { op: 'create', kind: 'minutesItem', value: emptyMinutesItem(meetingId, 'b', at, 'sec') },
        ]);
        if (a?.kind !== 'minutesItem' || b?.kind !== 'minutesItem') throw new Error('parts not created');

        // Two people on two items: both saves land.
        const longNotes = 'Referat æøå. '.repeat(1500);
        await deps.work.update(C, 'minutesItem', { ...a.value, notes: longNotes }, a.etag);
        await deps.work.update(C, 'minutesItem', { ...b.value, decision: 'Vedtatt.' }, b.etag);
        // The same item from a stale read: refused, the first text stays.
        await expectConcurrentEdit(deps.work.update(C, 'minutesItem', { ...a.value, notes: 'Annen tekst' }, a.etag));

        const loaded = await deps.work.load(C, meetingId);
        const byItem = new Map(loaded.minutesItem.map((r) => [r.value.itemId, r.value]));
        expect(byItem.get('a')?.notes).toBe(longNotes.trim());
        expect(byItem.get('b')?.decision).toBe('Vedtatt.');
        expect(loaded.minutes.map((r) => r.value.heldBy)).toEqual(['sec']);
        expect((await deps.work.get(C, meetingId, 'minutes', MINUTES_ROW_ID))?.value.meetingId).toBe(meetingId);
        // One minutes row per meeting: a second is refused.
        await expectConcurrentEdit(deps.work.create(C, 'minutes', minutes));
      });
    });

    describe('a council edited by two people at once', () => {
      it('refuses the stale save and keeps the first change', async () => {
        const id = 'council-two-editors';
        await deps.councils.create(aCouncil(id));
        const first = await deps.councils.get(id);
        const second = await deps.councils.get(id);
        if (!first || !second) throw new Error('council not stored');

        await deps.councils.update({ ...first.value, name: 'Brukerutvalget i NAV Agder' }, first.etag);
        await expectConcurrentEdit(deps.councils.update({ ...second.value, language: 'nn' }, second.etag));

        const after = await deps.councils.get(id);
        expect(after?.value.name).toBe('Brukerutvalget i NAV Agder');
        expect(after?.value.language).toBe('nb');
      });
    });

    describe('a member edited by two people at once', () => {
      it('refuses the stale save and keeps the first change', async () => {
        await deps.members.create(aMember(C, 'kari'));
        const first = await deps.members.get(C, 'kari');
        const second = await deps.members.get(C, 'kari');
        if (!first || !second) throw new Error('member not stored');

        await deps.members.update({ ...first.value, role: 'viceChair' }, first.etag);
        await expectConcurrentEdit(deps.members.update({ ...second.value, activeTo: '2026-06-30' }, second.etag));

        const after = await deps.members.get(C, 'kari');
        expect(after?.value.role).toBe('viceChair');
        expect(after?.value.activeTo).toBeUndefined();
      });
    });

    describe('apply(): several rows change together or not at all', () => {
      it('with one stale ETag among several updates, changes nothing (and creates nothing)', async () => {
        const meetingId = 'm-reorder';
        await deps.meetings.create(aMeeting(C, meetingId));
        const ordinary = [10, 20, 30, 40].map((order) => anItem(meetingId, `item-${order}`, order));
        await deps.work.apply(
          C,
          meetingId,
          [...standardItems(meetingId), ...ordinary].map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
        );
        await deps.work.create(C, 'attendance', anAttendance(meetingId, 'kari'));

        // The secretary loads the agenda to reorder it ...
        const loaded = await deps.work.load(C, meetingId);
        expect(loaded.item).toHaveLength(6);
        // ... meanwhile the chair renames item-30.
        const chairsCopy = loaded.item.find((r) => r.value.id === 'item-30');
        if (!chairsCopy) throw new Error('item-30 missing');
        await deps.work.update(C, 'item', { ...chairsCopy.value, title: 'Sikkerhet ved NAV-kontorene' }, chairsCopy.etag);
        const beforeBatch = await deps.work.load(C, meetingId);

        // The secretary's reorder (reverses the ordinary items) carries the old ETag of item-30.
        const reorder: WorkChange[] = loaded.item
          .filter((r) => r.value.standard === undefined)
          .map((r) => ({ op: 'update', kind: 'item', value: { ...r.value, order: 100 - r.value.order }, etag: r.etag }));
        const alsoCreate: WorkChange = { op: 'create', kind: 'item', value: anItem(meetingId, 'new-in-batch', 50) };
        const alsoAttendance = loaded.attendance[0];
        if (!alsoAttendance) throw new Error('attendance missing');
        const alsoUpdate: WorkChange = {
          op: 'update',
          kind: 'attendance',
          value: { ...alsoAttendance.value, answer: { kind: 'apologies', reason: 'sykdom' } },
          etag: alsoAttendance.etag,
        };
        await expectConcurrentEdit(deps.work.apply(C, meetingId, [alsoUpdate, ...reorder, alsoCreate]));

        // Every row is exactly as before the batch: same values, same ETags, nothing new.
        const after = await deps.work.load(C, meetingId);
        const byId = (set: typeof after) =>
          Object.fromEntries(set.item.map((r) => [r.value.id, { value: r.value, etag: r.etag }]));
        expect(byId(after)).toEqual(byId(beforeBatch));
        expect(after.item.map((r) => r.value.id)).not.toContain('new-in-batch');
        expect(after.item.find((r) => r.value.id === 'item-30')?.value.title).toBe('Sikkerhet ved NAV-kontorene');
        expect(after.item.find((r) => r.value.id === 'item-10')?.value.order).toBe(10);
        expect(after.attendance).toEqual(beforeBatch.attendance);
        expect(after.attendance[0]?.value.answer).toEqual({ kind: 'attend' });
      });

      it('answers with every row as written and its new ETag, in the order of the changes', async () => {
        const meetingId = 'm-applied';
        await deps.meetings.create(aMeeting(C, meetingId));
        const applied = await deps.work.apply(C, meetingId, [
          { op: 'create', kind: 'item', value: anItem(meetingId, 'a1', 10) },
          { op: 'create', kind: 'attendance', value: anAttendance(meetingId, 'kari') },
        ]);
        expect(applied.map((r) => r.kind)).toEqual(['item', 'attendance']);
        const loaded = await deps.work.load(C, meetingId);
        expect(applied[0]).toEqual({ kind: 'item', ...loaded.item[0] });
        expect(applied[1]).toEqual({ kind: 'attendance', ...loaded.attendance[0] });
      });

      it('applies every change when all ETags are current', async () => {
        const meetingId = 'm-reorder-ok';
        await deps.meetings.create(aMeeting(C, meetingId));
        await deps.work.apply(
          C,
          meetingId,
          [10, 20, 30].map((order): WorkChange => ({ op: 'create', kind: 'item', value: anItem(meetingId, `i${order}`, order) })),
        );
        const loaded = await deps.work.load(C, meetingId);
        await deps.work.apply(
          C,
          meetingId,
          loaded.item.map((r): WorkChange => ({
            op: 'update',
            kind: 'item',
            value: { ...r.value, order: 100 - r.value.order },
            etag: r.etag,
          })),
        );
        const after = await deps.work.load(C, meetingId);
        expect(Object.fromEntries(after.item.map((r) => [r.value.id, r.value.order]))).toEqual({ i10: 90, i20: 80, i30: 70 });
      });

      it(`refuses more than ${MAX_BATCH} rows, a row of another meeting and a row twice, writing nothing`, async () => {
        const meetingId = 'm-limits';
        const creates = (count: number, prefix: string): WorkChange[] =>
          Array.from({ length: count }, (_, i) => ({
            op: 'create',
            kind: 'item',
            value: anItem(meetingId, `${prefix}-${i}`, i),
          }));
        expect(await rejectionOf(deps.work.apply(C, meetingId, creates(MAX_BATCH + 1, 'many')))).toBeInstanceOf(InvalidValue);
        const elsewhere: WorkChange = { op: 'create', kind: 'item', value: anItem('m-other', 'stray', 1) };
        expect(await rejectionOf(deps.work.apply(C, meetingId, [...creates(2, 'mixed'), elsewhere]))).toBeInstanceOf(
          InvalidValue,
        );
        const twice = creates(1, 'twice');
        expect(await rejectionOf(deps.work.apply(C, meetingId, [...twice, ...twice]))).toBeInstanceOf(InvalidValue);
        expect((await deps.work.load(C, meetingId)).item).toEqual([]);
        expect((await deps.work.load(C, 'm-other')).item).toEqual([]);
        // Exactly the limit is fine.
        await deps.work.apply(C, meetingId, creates(MAX_BATCH, 'full'));
        expect((await deps.work.load(C, meetingId)).item).toHaveLength(MAX_BATCH);
      });
    });

    describe('check(): what apply() would refuse for its shape, refused without writing', () => {
      it(`refuses more than ${MAX_BATCH} rows, a row of another meeting, and a row twice; takes ${MAX_BATCH}`, async () => {
        const meetingId = 'm-check';
        const creates = (count: number, prefix: string): WorkChange[] =>
          Array.from({ length: count }, (_, i) => ({
            op: 'create',
            kind: 'item',
            value: anItem(meetingId, `${prefix}-${i}`, i),
          }));
        const refusalOf = (changes: WorkChange[]): unknown => {
          try {
            deps.work.check(C, meetingId, changes);
          } catch (error) {
            return error;
          }
          return undefined;
        };
        expect(refusalOf(creates(MAX_BATCH + 1, 'many'))).toBeInstanceOf(InvalidValue);
        const elsewhere: WorkChange = { op: 'create', kind: 'item', value: anItem('m-other', 'stray', 1) };
        expect(refusalOf([...creates(2, 'mixed'), elsewhere])).toBeInstanceOf(InvalidValue);
        const twice = creates(1, 'twice');
        expect(refusalOf([...twice, ...twice])).toBeInstanceOf(InvalidValue);
        // What apply() takes, check() takes, and checking writes nothing.
        expect(refusalOf(creates(MAX_BATCH, 'full'))).toBeUndefined();
        expect((await deps.work.load(C, meetingId)).item).toEqual([]);
        await deps.work.apply(C, meetingId, creates(MAX_BATCH, 'full'));
        expect((await deps.work.load(C, meetingId)).item).toHaveLength(MAX_BATCH);
      });

      it('keeps a published agenda longer than one stored property, and reads it back whole', async () => {
        const meetingId = 'm-long-publication';
        const items = Array.from({ length: MAX_AGENDA_ITEMS * 2 }, (_, i) =>
          anItem(meetingId, `item-${i}`, i, {
            title: `Sak ${i}: "brukermedvirkning" i NAV`.padEnd(LIMITS.title, '.'),
            responsible: `Ansvarlig ${i} `.padEnd(LIMITS.name, 'x'),
            caseNumber: { year: 2026, sequence: i + 1 },
          }),
        );
        const publication = buildPublication(
          aMeeting(C, meetingId, '2026-09-16'),
          items,
          0,
          'secretary',
          new Date('2026-09-09T08:00:00Z'),
        );
        expect(JSON.stringify(publication).length).toBeGreaterThan(MAX_JSON_CHARS);
        expect(() => deps.work.check(C, meetingId, [{ op: 'create', kind: 'publication', value: publication }])).not.toThrow();
        await deps.work.apply(C, meetingId, [{ op: 'create', kind: 'publication', value: publication }]);
        const stored = (await deps.work.load(C, meetingId)).publication.map((r) => r.value);
        expect(stored).toEqual([publication]);
      });
    });

    describe('creating a record whose id already exists', () => {
      it('refuses a second meeting with the same id and keeps the first', async () => {
        await deps.meetings.create(aMeeting(C, 'm-dup', '2026-05-06'));
        await expectConcurrentEdit(deps.meetings.create(aMeeting(C, 'm-dup', '2026-09-16')));
        expect((await deps.meetings.get(C, 'm-dup'))?.value.startsAt).toBe('2026-05-06T08:00:00.000Z');
        expect((await deps.meetings.list(C)).filter((m) => m.value.id === 'm-dup')).toHaveLength(1);
      });

      it('refuses a second council with the same id and keeps the first', async () => {
        await deps.councils.create(aCouncil('council-dup', { name: 'Brukerutvalget i NAV Oslo' }));
        await expectConcurrentEdit(deps.councils.create(aCouncil('council-dup', { name: 'Noe annet' })));
        expect((await deps.councils.get('council-dup'))?.value.name).toBe('Brukerutvalget i NAV Oslo');
      });

      it('refuses a second member with the same id and keeps the first', async () => {
        await deps.members.create(aMember(C, 'ola', { name: 'Ola Berg' }));
        await expectConcurrentEdit(deps.members.create(aMember(C, 'ola', { name: 'Ola Nordmann', role: 'chair' })));
        const roster = await deps.members.listRoster(C);
        expect(roster.filter((m) => m.value.aadObjectId === 'ola').map((m) => m.value.name)).toEqual(['Ola Berg']);
      });

      it("creates a council's members together, or none of them when one is there already", async () => {
        const council = 'council-create-all';
        const many = Array.from({ length: 100 }, (_, i) =>
          aMember(council, `p${String(i).padStart(3, '0')}`, { name: `Person ${i}` }),
        );
        await deps.members.createAll(many);
        expect((await deps.members.listRoster(council)).map((m) => m.value.name)).toEqual(many.map((m) => m.name));
        expect(await deps.members.councilsOf(many[42]!.tenantId, many[42]!.aadObjectId)).toEqual([council]);

        const clash = [aMember(council, 'new-1', { name: 'Ny En' }), aMember(council, 'p007', { name: 'Ikke meg' })];
        await expectConcurrentEdit(deps.members.createAll(clash));
        const roster = await deps.members.listRoster(council);
        expect(roster).toHaveLength(100);
        expect(roster.find((m) => m.value.aadObjectId === 'p007')?.value.name).toBe('Person 7');
        expect(roster.find((m) => m.value.aadObjectId === 'new-1')).toBeUndefined();
      });

      it('refuses a second working-set row with the same id and keeps the first', async () => {
        const meetingId = 'm-dup-item';
        await deps.work.create(C, 'item', anItem(meetingId, 'budget', 10, { title: 'Budsjett' }));
        await expectConcurrentEdit(deps.work.create(C, 'item', anItem(meetingId, 'budget', 20, { title: 'Annet' })));
        expect((await deps.work.get(C, meetingId, 'item', 'budget'))?.value).toMatchObject({ title: 'Budsjett', order: 10 });
      });

      it('refuses a batch that creates an existing row, and writes none of the batch', async () => {
        const meetingId = 'm-dup-batch';
        await deps.work.create(C, 'item', anItem(meetingId, 'budget', 10, { title: 'Budsjett' }));
        const batch: WorkChange[] = [
          { op: 'create', kind: 'item', value: anItem(meetingId, 'fresh-1', 20) },
          { op: 'create', kind: 'item', value: anItem(meetingId, 'budget', 30, { title: 'Annet' }) },
          { op: 'create', kind: 'item', value: anItem(meetingId, 'fresh-2', 40) },
        ];
        await expectConcurrentEdit(deps.work.apply(C, meetingId, batch));
        const after = await deps.work.load(C, meetingId);
        expect(after.item.map((r) => r.value)).toEqual([anItem(meetingId, 'budget', 10, { title: 'Budsjett' })]);
      });
    });

    describe('reading what is not there, and updating it', () => {
      it('reads undefined, and an update is NotFound (not a silent create)', async () => {
        expect(await deps.meetings.get(C, 'm-never')).toBeUndefined();
        expect(await deps.councils.get('council-never')).toBeUndefined();
        expect(await deps.members.get(C, 'nobody')).toBeUndefined();
        expect(await deps.work.get(C, 'm-never', 'item', 'x')).toBeUndefined();
        const stored = await deps.meetings.create(aMeeting(C, 'm-etag-source'));
        expect(await rejectionOf(deps.meetings.update(aMeeting(C, 'm-never'), stored.etag))).toBeInstanceOf(NotFound);
        expect(await rejectionOf(deps.work.update(C, 'item', anItem('m-never', 'x', 1), stored.etag))).toBeInstanceOf(NotFound);
        expect(await deps.meetings.get(C, 'm-never')).toBeUndefined();
      });

      it('refuses an invalid value with InvalidValue and stores nothing of it', async () => {
        expect(
          await rejectionOf(deps.meetings.create(aMeeting(C, 'm-bad', '2026-04-15', { place: 'x'.repeat(40_000) }))),
        ).toBeInstanceOf(InvalidValue);
        expect(await deps.meetings.get(C, 'm-bad')).toBeUndefined();
        expect(await rejectionOf(deps.members.create(aMember(C, 'bad-member', { name: '' })))).toBeInstanceOf(InvalidValue);
        expect(await deps.members.councilsOf(TEST_TENANT, 'bad-member')).toEqual([]);
      });
    });

    describe('long written input (split across properties in one row)', () => {
      const tenLong = (letter: string) =>
        Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, `${letter}ø🙂`.repeat(2666) + 'æø']));

      it('stores ten answers of 8,000 characters, and an edit from a stale read is refused', async () => {
        const key = { requestId: 'ir-long', memberId: 'kari' };
        const first = tenLong('a');
        for (const text of Object.values(first)) expect([...text]).toHaveLength(8000);
        const created = await deps.work.create(C, 'input', aWrittenInput('m-long', 'ir-long', 'kari', first));
        expect((await deps.work.get(C, 'm-long', 'input', key))?.value.answers).toEqual(first);

        const second = tenLong('b');
        const updated = await deps.work.update(C, 'input', aWrittenInput('m-long', 'ir-long', 'kari', second), created.etag);
        await expectConcurrentEdit(deps.work.update(C, 'input', aWrittenInput('m-long', 'ir-long', 'kari', first), created.etag));
        expect(await deps.work.get(C, 'm-long', 'input', key)).toEqual(updated);
        expect(updated.value.answers).toEqual(second);

        await expectConcurrentEdit(deps.work.create(C, 'input', aWrittenInput('m-long', 'ir-long', 'kari', first)));
        const missing = deps.work.update(C, 'input', aWrittenInput('m-long', 'ir-long', 'nobody', first), updated.etag);
        expect(await rejectionOf(missing)).toBeInstanceOf(NotFound);
      });
    });

    describe('lists and indexes', () => {
      it("lists a council's meetings and roster by id, and a working set by kind and id", async () => {
        const council = 'council-lists';
        for (const id of ['m-b', 'm-a', 'm-c']) await deps.meetings.create(aMeeting(council, id));
        expect((await deps.meetings.list(council)).map((m) => m.value.id)).toEqual(['m-a', 'm-b', 'm-c']);
        for (const id of ['per', 'anne', 'kim']) await deps.members.create(aMember(council, id));
        expect((await deps.members.listRoster(council)).map((m) => m.value.aadObjectId)).toEqual(['anne', 'kim', 'per']);
        await deps.work.create(council, 'item', anItem('m-a', 'z-item', 1));
        await deps.work.create(council, 'item', anItem('m-a', 'a-item', 2));
        await deps.work.create(council, 'inputRequest', anInputRequest('m-a', 'ir-1'));
        await deps.work.create(council, 'input', aWrittenInput('m-a', 'ir-1', 'kim'));
        await deps.work.create(council, 'input', aWrittenInput('m-a', 'ir-1', 'anne'));
        const set = await deps.work.load(council, 'm-a');
        expect(set.item.map((r) => r.value.id)).toEqual(['a-item', 'z-item']);
        expect(set.input.map((r) => r.value.memberId)).toEqual(['anne', 'kim']);
        expect(set.inputRequest.map((r) => r.value.id)).toEqual(['ir-1']);
        expect((await deps.work.load(council, 'm-b')).item).toEqual([]);
        // One written input per request and member: a second is a conflict, not a second row.
        await expectConcurrentEdit(deps.work.create(council, 'input', aWrittenInput('m-a', 'ir-1', 'kim', { q1: 'Annet' })));
      });

      it("finds a person's councils through the membership index, per tenant", async () => {
        await deps.members.create(aMember('council-idx-b', 'sigrid'));
        await deps.members.create(aMember('council-idx-a', 'sigrid'));
        expect(await deps.members.councilsOf(TEST_TENANT, 'sigrid')).toEqual(['council-idx-a', 'council-idx-b']);
        expect(await deps.members.councilsOf('another-tenant', 'sigrid')).toEqual([]);
      });

      it('links a team to one council only, idempotently, and finds the council by team', async () => {
        const council = aCouncil('council-team', { teamId: '19:team-1@thread.tacv2' });
        await deps.councils.create(council);
        expect(await deps.councils.findByTeam(TEST_TENANT, '19:team-1@thread.tacv2')).toBeUndefined();
        await deps.councils.linkTeam(council);
        await deps.councils.linkTeam(council);
        expect((await deps.councils.findByTeam(TEST_TENANT, '19:team-1@thread.tacv2'))?.value.id).toBe('council-team');
        expect(await deps.councils.findByTeam('another-tenant', '19:team-1@thread.tacv2')).toBeUndefined();
        const rival = aCouncil('council-rival', { teamId: '19:team-1@thread.tacv2' });
        await deps.councils.create(rival);
        await expectConcurrentEdit(deps.councils.linkTeam(rival));
        expect((await deps.councils.findByTeam(TEST_TENANT, '19:team-1@thread.tacv2'))?.value.id).toBe('council-team');
      });

      it("lists the tenant's regional councils by name, leaving out one that became local", async () => {
        const tenant = 'tenant-regional';
        await deps.councils.create(aCouncil('council-r1', { tenantId: tenant, name: 'Østfold' }));
        await deps.councils.create(aCouncil('council-r2', { tenantId: tenant, name: 'Agder' }));
        const r3 = await deps.councils.create(aCouncil('council-r3', { tenantId: tenant, name: 'Bergen' }));
        await deps.councils.create(
          aCouncil('council-l1', { tenantId: tenant, name: 'Arendal', kind: 'local', parentCouncilId: 'council-r2' }),
        );
        await deps.councils.update({ ...r3.value, kind: 'local', parentCouncilId: 'council-r2' }, r3.etag);
        expect((await deps.councils.listRegional(tenant)).map((c) => c.name)).toEqual(['Agder', 'Østfold']);
        expect(await deps.councils.listRegional('tenant-none')).toEqual([]);
      });

      it('keeps a team pending setup per tenant, created once and updated with its ETag', async () => {
        const setup = {
          tenantId: TEST_TENANT,
          teamId: '19:setup@thread.tacv2',
          installer: { aadObjectId: 'alex', teamsUserId: '29:alex', name: 'Alex Wilber' },
          language: 'nb' as const,
          startedAt: '2026-03-01T10:00:00.000Z',
          cards: [],
        };
        expect(await deps.councils.getPendingSetup(TEST_TENANT, setup.teamId)).toBeUndefined();
        const created = await deps.councils.createPendingSetup(setup);
        expect(await rejectionOf(deps.councils.createPendingSetup(setup))).toBeInstanceOf(ConcurrentEdit);
        const renamed = { ...setup, installer: { ...setup.installer, name: 'Megan Bowen' } };
        await deps.councils.updatePendingSetup(renamed, created.etag);
        expect(await rejectionOf(deps.councils.updatePendingSetup(setup, created.etag))).toBeInstanceOf(ConcurrentEdit);
        expect((await deps.councils.getPendingSetup(TEST_TENANT, setup.teamId))?.value.installer.name).toBe('Megan Bowen');
        expect(await deps.councils.getPendingSetup('another-tenant', setup.teamId)).toBeUndefined();
        // The Table adapter refuses before it returns a promise; a caller awaits either way.
        expect(await rejectionOf((async () => deps.councils.getPendingSetup(TEST_TENANT, ''))())).toBeInstanceOf(InvalidValue);
      });
    });

    describe('case numbers, conversations and handled activities', () => {
      it('hands out numbers once, per council and year, starting where asked', async () => {
        expect(await deps.caseNumbers.nextFree('council-cn', 2026)).toBeUndefined();
        const taken = await Promise.all([1, 2, 3].map(() => deps.caseNumbers.take('council-cn', 2026, 2, 23)));
        expect(
          taken
            .flat()
            .map((n) => n.sequence)
            .sort((a, b) => a - b),
        ).toEqual([23, 24, 25, 26, 27, 28]);
        expect(await deps.caseNumbers.nextFree('council-cn', 2026)).toBe(29);
        expect(await deps.caseNumbers.take('council-cn', 2027, 1, 1)).toEqual([{ sequence: 1, year: 2027 }]);
        expect((await deps.caseNumbers.take('council-cn-other', 2026, 1, 1))[0]?.sequence).toBe(1);
      });

      it('keeps the newest conversation reference, by tenant and key (Teams ids hold / and #)', async () => {
        const key = 'team:19:abc/def#x?y@thread.tacv2';
        const conversation = { tenantId: TEST_TENANT, key, reference: { id: 'a' }, updatedAt: '2026-03-01T10:00:00.000Z' };
        expect(await deps.conversations.get(TEST_TENANT, key)).toBeUndefined();
        await deps.conversations.save(conversation);
        await deps.conversations.save({ ...conversation, reference: { id: 'b' } });
        expect((await deps.conversations.get(TEST_TENANT, key))?.reference).toEqual({ id: 'b' });
        expect(await deps.conversations.get('another-tenant', key)).toBeUndefined();
      });

      it('claims an activity once; a released claim can be claimed again', async () => {
        const key = 'activity/1#retry?x';
        const claims = await Promise.all([1, 2, 3].map(() => deps.handledActivities.claim(key, '2026-03-01T10:00:00.000Z')));
        expect(claims.filter((c) => c.claimed)).toHaveLength(1);
        // The others see the claim, not yet completed.
        expect(claims.filter((c) => !c.claimed).map((c) => !c.claimed && c.existing.value)).toEqual([
          { claimedAt: '2026-03-01T10:00:00.000Z' },
          { claimedAt: '2026-03-01T10:00:00.000Z' },
        ]);
        await deps.handledActivities.release(key);
        await deps.handledActivities.release('never-claimed');
        expect(await deps.handledActivities.claim(key, '2026-03-01T10:01:00.000Z')).toEqual({ claimed: true });
      });

      it('lets one redelivery take over a claim that was never completed; a completed claim stays completed', async () => {
        const key = 'activity/2#abandoned';
        await deps.handledActivities.claim(key, '2026-03-01T10:00:00.000Z');
        const found = await deps.handledActivities.claim(key, '2026-03-01T10:05:00.000Z');
        if (found.claimed) throw new Error('the second claim should find the first');
        const takeOvers = await Promise.all(
          [1, 2].map(() => deps.handledActivities.takeOver(key, found.existing.etag, '2026-03-01T10:05:00.000Z')),
        );
        expect(takeOvers.filter(Boolean)).toHaveLength(1);
        await deps.handledActivities.complete(key, '2026-03-01T10:05:01.000Z');
        const after = await deps.handledActivities.claim(key, '2026-03-01T10:06:00.000Z');
        expect(after).toEqual({
          claimed: false,
          existing: {
            value: { claimedAt: '2026-03-01T10:05:00.000Z', completedAt: '2026-03-01T10:05:01.000Z' },
            etag: expect.any(String) as string,
          },
        });
        // A claim read before the completion can no longer be taken over.
        expect(await deps.handledActivities.takeOver(key, found.existing.etag, '2026-03-01T10:06:00.000Z')).toBe(false);
      });
    });
  });
}
