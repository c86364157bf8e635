import type { AppDeps } from '../../../bot/src/app/deps';
import type { WorkChange } from '../../../bot/src/app/ports';
import { InvalidValue } from '../../../bot/src/domain/errors';
import { MAX_JSON_CHARS } from '../../../bot/src/storage/json-row';
import { LONG_TEXT_MAX_CHARS } from '../../../bot/src/storage/long-text-properties';
import { MAX_BATCH } from '../../../bot/src/storage/table-meeting-work-repository';
import {
  TEST_TENANT,
  aCouncil,
  aMeeting,
  aMember,
  anAttendance,
  anInputRequest,
  anItem,
  aProposal,
  aWrittenInput,
  composeDeps,
  rejectionOf,
  standardItems,
} from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

/**
 * Bad or oversized values are refused with InvalidValue, naming the field, before
 * anything reaches the Table service: reading back afterwards finds nothing.
 */

const C = 'council-invalid';
let deps: AppDeps;

beforeAll(async () => {
  deps = composeDeps(await freshTestStorage(), { clock: () => new Date('2026-03-10T09:00:00Z') });
  await deps.councils.create(aCouncil(C));
});

async function expectInvalid(promise: Promise<unknown>, field: string): Promise<InvalidValue> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(InvalidValue);
  const invalid = error as InvalidValue;
  expect(invalid.code).toBe('invalidValue');
  expect(invalid.field).toBe(field);
  return invalid;
}

async function expectEmptyMeeting(meetingId: string): Promise<void> {
  const set = await deps.work.load(C, meetingId);
  // Every row kind of the partition is empty (whatever kinds it holds).
  expect(Object.values(set).flat()).toEqual([]);
  expect(Object.keys(set)).toEqual(expect.arrayContaining(['item', 'proposal', 'attendance', 'inputRequest', 'input']));
}

describe('agenda items', () => {
  it('refuses an item with an empty (blank) title and writes nothing', async () => {
    const error = await expectInvalid(deps.work.create(C, 'item', anItem('m-empty', 'blank', 10, { title: '   ' })), 'title');
    expect(error.reason).toBe('required');
    expect(await deps.work.get(C, 'm-empty', 'item', 'blank')).toBeUndefined();
    await expectEmptyMeeting('m-empty');
  });

  it('refuses a 201-character title, but stores one of 200', async () => {
    const error = await expectInvalid(
      deps.work.create(C, 'item', anItem('m-long', 'long', 10, { title: 'x'.repeat(201) })),
      'title',
    );
    expect(error.reason).toBe('at most 200 characters');
    await expectEmptyMeeting('m-long');

    await deps.work.create(C, 'item', anItem('m-long', 'just-fits', 10, { title: 'y'.repeat(200) }));
    expect((await deps.work.get(C, 'm-long', 'item', 'just-fits'))?.value.title).toHaveLength(200);
  });

  it('refuses an item id with "/" (unsafe in a table key) and writes nothing', async () => {
    await expectInvalid(deps.work.create(C, 'item', anItem('m-slash', 'sak/1', 10)), 'id');
    await expectEmptyMeeting('m-slash');
  });

  it('refuses an update to a bad value and keeps the stored row as it was', async () => {
    const stored = await deps.work.create(C, 'item', anItem('m-upd', 'budget', 10, { title: 'Budsjett' }));
    await expectInvalid(deps.work.update(C, 'item', { ...stored.value, title: 'Budsjett\u0000 2027' }, stored.etag), 'title');
    const after = await deps.work.get(C, 'm-upd', 'item', 'budget');
    expect(after).toEqual(stored);
  });
});

describe('written input', () => {
  it('refuses an answer longer than the answer limit, naming the question', async () => {
    await expectInvalid(
      deps.work.create(C, 'input', aWrittenInput('m-input', 'req-1', 'kari', { q1: 'a'.repeat(8001) })),
      'answers.q1',
    );
    await expectEmptyMeeting('m-input');
  });

  it('stores ten answers of 8,000 characters each (the most the card takes) and reads them back intact', async () => {
    // 8,000 characters each as the answer limit counts them (an emoji is one character but two UTF-16 units):
    // Norwegian letters, emoji, quotes and newlines (escaped in JSON) make about 87,000 units of JSON in all,
    // far more than one string property (32K units) holds.
    const sentence = 'Brukerne på NAV-kontoret i Årdal ønsker «færre» skjemaer 🙂👍🏽\n"sitat" ';
    const answers = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, [...`${i}:${sentence.repeat(200)}`].slice(0, 8000).join('')]),
    );
    for (const text of Object.values(answers)) expect([...text]).toHaveLength(8000);
    expect(JSON.stringify(answers).length).toBeGreaterThan(80_000);
    const key = { requestId: 'req-1', memberId: 'kari' };
    const created = await deps.work.create(C, 'input', aWrittenInput('m-long-input', 'req-1', 'kari', answers));
    expect(created.value.answers).toEqual(answers);
    expect((await deps.work.get(C, 'm-long-input', 'input', key))?.value.answers).toEqual(answers);
    expect((await deps.work.load(C, 'm-long-input')).input.map((r) => r.value.answers)).toEqual([answers]);

    // The most room ten answers can take: every character an emoji (two units), 160,000 units in all.
    const emoji = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, '😀'.repeat(8000)]));
    await deps.work.create(C, 'input', aWrittenInput('m-long-input', 'req-1', 'per', emoji));
    expect((await deps.work.get(C, 'm-long-input', 'input', { requestId: 'req-1', memberId: 'per' }))?.value.answers).toEqual(
      emoji,
    );

    // An edit to one short answer replaces the long row: no part of the old text is left over.
    const shorter = { q1: 'Kortere nå.' };
    await deps.work.update(C, 'input', aWrittenInput('m-long-input', 'req-1', 'kari', shorter), created.etag);
    expect((await deps.work.get(C, 'm-long-input', 'input', key))?.value.answers).toEqual(shorter);
  });

  it(`refuses an input beyond what one row can hold (${LONG_TEXT_MAX_CHARS} characters), naming the answers and the limit`, async () => {
    // 40 answers of 8,000: more than any request asks for (at most 10 questions), so only a forged payload gets here.
    const answers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`q${i + 1}`, 'æ'.repeat(8000)]));
    const error = await expectInvalid(deps.work.create(C, 'input', aWrittenInput('m-big', 'req-1', 'kari', answers)), 'answers');
    expect(error.problem).toEqual({ problem: 'tooMuchText', params: { max: LONG_TEXT_MAX_CHARS } });
    expect(await deps.work.get(C, 'm-big', 'input', { requestId: 'req-1', memberId: 'kari' })).toBeUndefined();
    await expectEmptyMeeting('m-big');
  });
});

describe('rows too large for one property', () => {
  it(`refuses an item whose fields are each within limits but together exceed ${MAX_JSON_CHARS} characters, naming the largest field`, async () => {
    // 20 attachments (the most allowed) with 1,900-character addresses: 38,000 characters in all.
    const attachments = Array.from({ length: 20 }, (_, i) => ({
      title: `Vedlegg ${i + 1}`,
      url: `https://nav.no/${i}/${'a'.repeat(1880)}`,
    }));
    const error = await expectInvalid(
      deps.work.create(C, 'item', anItem('m-attachments', 'many', 10, { attachments, description: 'Kort.' })),
      'attachments',
    );
    expect(error.problem).toEqual({ problem: 'tooMuchText', params: { max: MAX_JSON_CHARS } });
    await expectEmptyMeeting('m-attachments');
  });
});

describe('members', () => {
  it('refuses a name with control characters: no member row and no membership index row', async () => {
    const bad = aMember(C, 'ctrl-name', { name: 'Ola\u0007 Nordmann' });
    await expectInvalid(deps.members.create(bad), 'name');
    expect(await deps.members.get(C, 'ctrl-name')).toBeUndefined();
    expect((await deps.members.listRoster(C)).map((m) => m.value.aadObjectId)).not.toContain('ctrl-name');
    // The person must not be listed as belonging to the council either (the bot and tab use this index).
    expect(await deps.members.councilsOf(TEST_TENANT, 'ctrl-name')).toEqual([]);
  });

  it('refuses an aadObjectId with "/" with InvalidValue, before any write', async () => {
    await expectInvalid(deps.members.create(aMember(C, 'ola/berg')), 'aadObjectId');
    expect((await deps.members.listRoster(C)).map((m) => m.value.aadObjectId)).not.toContain('ola/berg');
  });
});

describe('meetings and councils', () => {
  it('refuses a meeting id with "/" and writes nothing', async () => {
    await expectInvalid(deps.meetings.create(aMeeting(C, 'm/2026-04-15')), 'id');
    expect(await deps.meetings.list(C)).toEqual([]);
  });

  it('refuses a meeting place with control characters and writes nothing', async () => {
    await expectInvalid(deps.meetings.create(aMeeting(C, 'm-place', '2026-04-15', { place: 'Rom\u001b[31m 1' })), 'place');
    expect(await deps.meetings.get(C, 'm-place')).toBeUndefined();
  });

  it('refuses a council whose name has control characters or whose id has "/"', async () => {
    await expectInvalid(deps.councils.create(aCouncil('council-ctrl', { name: 'Bruker\u0008utvalget' })), 'name');
    expect(await deps.councils.get('council-ctrl')).toBeUndefined();
    await expectInvalid(deps.councils.create(aCouncil('nav/agder')), 'id');
  });

  it('refuses an attendance reason with control characters, naming the nested field', async () => {
    await expectInvalid(
      deps.work.create(C, 'attendance', anAttendance('m-att', 'kari', { kind: 'apologies', reason: 'syk\u0001dom' })),
      'answer.reason',
    );
    await expectEmptyMeeting('m-att');
  });
});

describe('apply(): a batch with one bad value writes none of it', () => {
  it('refuses a batch of creates whose last value is invalid, and writes none of the batch', async () => {
    const meetingId = 'm-batch-bad-last';
    const changes: WorkChange[] = [
      ...standardItems(meetingId).map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
      { op: 'create', kind: 'proposal', value: aProposal(meetingId, 'p1', 'kari') },
      { op: 'create', kind: 'attendance', value: anAttendance(meetingId, 'kari') },
      { op: 'create', kind: 'inputRequest', value: anInputRequest(meetingId, 'req-1') },
      { op: 'create', kind: 'item', value: anItem(meetingId, 'last', 10, { title: 'z'.repeat(201) }) },
    ];
    await expectInvalid(deps.work.apply(C, meetingId, changes), 'title');
    await expectEmptyMeeting(meetingId);
  });

  it('refuses a batch of updates whose last value is invalid, and leaves every row as it was', async () => {
    const meetingId = 'm-batch-bad-update';
    await deps.work.apply(
      C,
      meetingId,
      [10, 20, 30].map((order): WorkChange => ({ op: 'create', kind: 'item', value: anItem(meetingId, `i${order}`, order) })),
    );
    const before = await deps.work.load(C, meetingId);
    const changes: WorkChange[] = before.item.map((r, i, all) => ({
      op: 'update',
      kind: 'item',
      value: { ...r.value, order: r.value.order + 1, title: i === all.length - 1 ? '' : `Ny ${r.value.title}` },
      etag: r.etag,
    }));
    await expectInvalid(deps.work.apply(C, meetingId, changes), 'title');
    expect(await deps.work.load(C, meetingId)).toEqual(before);
  });

  it('refuses a batch with a row of another meeting, and writes none of it', async () => {
    const changes: WorkChange[] = [
      { op: 'create', kind: 'item', value: anItem('m-batch-own', 'a', 10) },
      { op: 'create', kind: 'item', value: anItem('m-batch-other', 'b', 20) },
    ];
    await expectInvalid(deps.work.apply(C, 'm-batch-own', changes), 'meetingId');
    await expectEmptyMeeting('m-batch-own');
    await expectEmptyMeeting('m-batch-other');
  });

  it(`refuses a batch of ${MAX_BATCH + 1} changes, and writes none of it`, async () => {
    expect(MAX_BATCH).toBe(100);
    const meetingId = 'm-batch-101';
    const changes = Array.from({ length: 101 }, (_, i): WorkChange => ({
      op: 'create',
      kind: 'proposal',
      value: aProposal(meetingId, `p${i}`, 'kari'),
    }));
    await expectInvalid(deps.work.apply(C, meetingId, changes), 'changes');
    await expectEmptyMeeting(meetingId);

    // 100 is allowed, and all of them are written.
    await deps.work.apply(C, meetingId, changes.slice(0, 100));
    expect((await deps.work.load(C, meetingId)).proposal).toHaveLength(100);
  });

  it('refuses a batch that names the same row twice with InvalidValue, and writes none of it', async () => {
    const meetingId = 'm-batch-twice';
    const changes: WorkChange[] = [
      { op: 'create', kind: 'item', value: anItem(meetingId, 'other', 10) },
      { op: 'create', kind: 'item', value: anItem(meetingId, 'budget', 20, { title: 'Budsjett' }) },
      { op: 'create', kind: 'item', value: anItem(meetingId, 'budget', 30, { title: 'Budsjett igjen' }) },
    ];
    await expectInvalid(deps.work.apply(C, meetingId, changes), 'changes');
    await expectEmptyMeeting(meetingId);
  });

  it('refuses a batch of valid rows too large for one transaction (4 MiB) with InvalidValue, and writes none of it', async () => {
    // Each input is ~24,000 characters of Norwegian text: within MAX_JSON_CHARS, but æøå are two bytes
    // each on the wire, so 100 of them are ~4.8 MB, over the Table service's 4 MiB limit per transaction.
    const meetingId = 'm-batch-huge';
    const answers = { q1: 'æ'.repeat(8000), q2: 'ø'.repeat(8000), q3: 'å'.repeat(8000) };
    const changes = Array.from({ length: 100 }, (_, i): WorkChange => ({
      op: 'create',
      kind: 'input',
      value: aWrittenInput(meetingId, 'req-1', `member-${i}`, answers),
    }));
    await expectInvalid(deps.work.apply(C, meetingId, changes), 'changes');
    await expectEmptyMeeting(meetingId);
  });
});

describe('what is stored is what a save returns', () => {
  it('returns the normalised value it stored (trimmed text, canonical UTC instants)', async () => {
    const created = await deps.work.create(
      C,
      'proposal',
      aProposal('m-normalise', 'p1', 'kari', {
        title: '  Sikkerhet ved NAV-kontorene  ',
        createdAt: '2026-03-01T11:00:00+01:00',
      }),
    );
    const read = await deps.work.get(C, 'm-normalise', 'proposal', 'p1');
    expect(read?.value.title).toBe('Sikkerhet ved NAV-kontorene');
    expect(read?.value.createdAt).toBe('2026-03-01T10:00:00.000Z');
    // A form that shows what the save returned must show the same as after a reload.
    expect(created).toEqual(read);
  });
});
