import type { AppDeps } from '../../../bot/src/app/deps';
import type { WorkChange } from '../../../bot/src/app/ports';
import { ConcurrentEdit } from '../../../bot/src/domain/errors';
import {
  aCouncil,
  aMeeting,
  aMember,
  anAttendance,
  anItem,
  composeDeps,
  rejectionOf,
  standardItems,
} from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

/**
 * Two people edit the same record: the second save, made with the ETag it read
 * before the first save, must be refused with ConcurrentEdit and must not
 * overwrite the first person's change (no lost update).
 */

const C = 'council-etag';
let deps: AppDeps;

beforeAll(async () => {
  deps = composeDeps(await freshTestStorage(), { clock: () => new Date('2026-03-10T09:00:00Z') });
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
    const saved = await deps.meetings.update({ ...reloaded.value, onlineLink: 'https://teams.microsoft.com/l/x' }, reloaded.etag);
    // The ETag a save returns is good for the next save by the same person.
    await deps.meetings.update({ ...saved.value, status: 'noticeSent' }, saved.etag);

    const after = await deps.meetings.get(C, 'm-reload');
    expect(after?.value).toMatchObject({ place: 'Rom A', onlineLink: 'https://teams.microsoft.com/l/x', status: 'noticeSent' });
    // The ETag from before the last save is stale now.
    await expectConcurrentEdit(deps.meetings.update({ ...saved.value, place: 'Rom B' }, saved.etag));
    expect((await deps.meetings.get(C, 'm-reload'))?.value.place).toBe('Rom A');
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
    const byId = (set: typeof after) => Object.fromEntries(set.item.map((r) => [r.value.id, { value: r.value, etag: r.etag }]));
    expect(byId(after)).toEqual(byId(beforeBatch));
    expect(after.item.map((r) => r.value.id)).not.toContain('new-in-batch');
    expect(after.item.find((r) => r.value.id === 'item-30')?.value.title).toBe('Sikkerhet ved NAV-kontorene');
    expect(after.item.find((r) => r.value.id === 'item-10')?.value.order).toBe(10);
    expect(after.attendance).toEqual(beforeBatch.attendance);
    expect(after.attendance[0]?.value.answer).toEqual({ kind: 'attend' });
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
