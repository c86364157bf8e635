import type { AppDeps, Principal } from '../../../bot/src/app/deps';
import { lockAgenda } from '../../../bot/src/app/use-cases/lock-agenda';
import type { WorkChange } from '../../../bot/src/app/ports';
import { orderAgenda, type AgendaItem } from '../../../bot/src/domain/agenda';
import { formatCaseNumber, type CaseNumber } from '../../../bot/src/domain/case-number';
import { ConcurrentEdit, Forbidden } from '../../../bot/src/domain/errors';
import {
  TEST_TENANT,
  aCouncil,
  aMeeting,
  aMember,
  anItem,
  composeDeps,
  rejectionOf,
  standardItems,
} from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

/**
 * Case numbers (23/26 …) run per council and calendar year. However many
 * people lock agendas at the same moment, no number is handed out twice.
 */

const CLOCK = new Date('2026-03-10T09:00:00Z');
let deps: AppDeps;

beforeAll(async () => {
  deps = composeDeps(await freshTestStorage(), { clock: () => CLOCK });
});

const seq = (numbers: readonly CaseNumber[]): number[] => numbers.map((n) => n.sequence);
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('TableCaseNumberCounter.take', () => {
  it('hands 20 simultaneous takes of one number exactly 1..20, then 20 blocks of 3 the next 60', async () => {
    const council = 'council-counter';
    const singles = await Promise.all(Array.from({ length: 20 }, () => deps.caseNumbers.take(council, 2026, 1, 1)));
    for (const taken of singles) {
      expect(taken).toHaveLength(1);
      expect(taken[0]?.year).toBe(2026);
    }
    expect(
      singles
        .flat()
        .map((n) => n.sequence)
        .sort((a, b) => a - b),
    ).toEqual(range(1, 20));

    const blocks = await Promise.all(Array.from({ length: 20 }, () => deps.caseNumbers.take(council, 2026, 3, 1)));
    for (const block of blocks) {
      const [first] = seq(block);
      expect(seq(block)).toEqual(range(first ?? NaN, 3));
      expect(block.every((n) => n.year === 2026)).toBe(true);
    }
    const all = blocks.flatMap(seq).sort((a, b) => a - b);
    expect(all).toEqual(range(21, 60));

    // Nothing is handed out again afterwards.
    expect(seq(await deps.caseNumbers.take(council, 2026, 1, 1))).toEqual([81]);
  });

  it('starts a new year at firstSequence, independently of the year before', async () => {
    const council = 'council-new-year';
    expect(seq(await deps.caseNumbers.take(council, 2026, 4, 1))).toEqual([1, 2, 3, 4]);
    const next = await deps.caseNumbers.take(council, 2027, 2, 1);
    expect(next).toEqual([
      { sequence: 1, year: 2027 },
      { sequence: 2, year: 2027 },
    ]);
    expect(seq(await deps.caseNumbers.take(council, 2026, 1, 1))).toEqual([5]);
  });

  it('starts where a council adopting mid-year says (23), and ignores the start once the series runs', async () => {
    const council = 'council-mid-year';
    const first = await Promise.all(Array.from({ length: 5 }, () => deps.caseNumbers.take(council, 2026, 1, 23)));
    expect(first.flatMap(seq).sort((a, b) => a - b)).toEqual([23, 24, 25, 26, 27]);
    expect(first.flat().map(formatCaseNumber)).toContain('23/26');
    expect(seq(await deps.caseNumbers.take(council, 2026, 2, 1))).toEqual([28, 29]);
  });

  it('keeps councils apart', async () => {
    expect(seq(await deps.caseNumbers.take('council-a', 2026, 2, 1))).toEqual([1, 2]);
    expect(seq(await deps.caseNumbers.take('council-b', 2026, 2, 1))).toEqual([1, 2]);
    expect(seq(await deps.caseNumbers.take('council-a', 2026, 1, 1))).toEqual([3]);
  });
});

/** A council with a secretary, a chair and an ordinary member, whose series continues at 23 in 2026. */
async function councilWithSecretary(id: string): Promise<{ secretary: Principal; member: Principal }> {
  await deps.councils.create(aCouncil(id, { caseNumberStart: { year: 2026, next: 23 } }));
  await deps.members.create(aMember(id, `${id}-secretary`, { role: 'secretary', votingMember: false, name: 'Alex Wilber' }));
  await deps.members.create(aMember(id, `${id}-chair`, { role: 'chair', name: 'Megan Bowen' }));
  await deps.members.create(aMember(id, `${id}-member`, { name: 'Adele Vance' }));
  return {
    secretary: { tenantId: TEST_TENANT, aadObjectId: `${id}-secretary` },
    member: { tenantId: TEST_TENANT, aadObjectId: `${id}-member` },
  };
}

/** A meeting with Godkjenning, Eventuelt and `ordinary` items whose `order`s are deliberately out of insertion order. */
async function meetingWithItems(councilId: string, meetingId: string, ordinary: number, date = '2026-04-15'): Promise<void> {
  await deps.meetings.create(aMeeting(councilId, meetingId, date));
  const items: AgendaItem[] = [
    ...standardItems(meetingId),
    ...Array.from({ length: ordinary }, (_, i) => anItem(meetingId, `sak-${i}`, (ordinary - i) * 10)),
  ];
  await deps.work.apply(
    councilId,
    meetingId,
    items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
  );
}

async function agendaOf(councilId: string, meetingId: string): Promise<AgendaItem[]> {
  return orderAgenda((await deps.work.load(councilId, meetingId)).item.map((r) => r.value));
}

describe('lockAgenda', () => {
  it('numbers 20 agendas of one council locked at once: distinct, contiguous from 23, each in agenda order', async () => {
    const councilId = 'council-lock20';
    const { secretary } = await councilWithSecretary(councilId);
    const meetings = Array.from({ length: 20 }, (_, i) => ({ id: `m-${String(i).padStart(2, '0')}`, ordinary: 1 + (i % 3) }));
    for (const [i, m] of meetings.entries()) {
      await meetingWithItems(councilId, m.id, m.ordinary, `2026-${String(4 + Math.floor(i / 4)).padStart(2, '0')}-1${i % 4}`);
    }
    const totalItems = meetings.reduce((sum, m) => sum + m.ordinary + 2, 0);

    await Promise.all(meetings.map((m) => lockAgenda(deps, { principal: secretary, councilId, meetingId: m.id })));

    const all: CaseNumber[] = [];
    for (const m of meetings) {
      const agenda = await agendaOf(councilId, m.id);
      expect(agenda).toHaveLength(m.ordinary + 2);
      const numbers = agenda.map((item) => item.caseNumber);
      expect(numbers.every((n) => n !== undefined && n.year === 2026)).toBe(true);
      const sequences = numbers.map((n) => n?.sequence ?? NaN);
      // One block per meeting, in agenda order: Godkjenning first, Eventuelt last.
      expect(sequences).toEqual(range(sequences[0] ?? NaN, sequences.length));
      expect(agenda[0]?.standard).toBe('approval');
      expect(agenda[agenda.length - 1]?.standard).toBe('anyOtherBusiness');
      expect(agenda.slice(1, -1).map((item) => item.order)).toEqual(
        [...agenda.slice(1, -1).map((item) => item.order)].sort((a, b) => a - b),
      );
      all.push(...numbers.filter((n): n is CaseNumber => n !== undefined));

      const meeting = await deps.meetings.get(councilId, m.id);
      expect(meeting?.value.agendaLockedAt).toBe(CLOCK.toISOString());
    }
    expect(all.map((n) => n.sequence).sort((a, b) => a - b)).toEqual(range(23, totalItems));
    expect(all.map(formatCaseNumber)).toContain('23/26');
  });

  it('keeps the numbers of the first lock and numbers only newly added items when locked again', async () => {
    const councilId = 'council-relock';
    const { secretary } = await councilWithSecretary(councilId);
    await meetingWithItems(councilId, 'm-relock', 2);
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-relock' });
    const first = await agendaOf(councilId, 'm-relock');
    expect(first.map((i) => formatCaseNumber(i.caseNumber ?? { sequence: 0, year: 0 }))).toEqual([
      '23/26',
      '24/26',
      '25/26',
      '26/26',
    ]);

    // Two items are added after the lock; one is placed in the middle of the agenda.
    await deps.work.create(councilId, 'item', anItem('m-relock', 'late-middle', 15, { title: 'Sikkerhet ved NAV-kontorene' }));
    await deps.work.create(councilId, 'item', anItem('m-relock', 'late-end', 900, { title: 'Møtekalender 2027' }));
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-relock' });
    const second = await agendaOf(councilId, 'm-relock');
    const numberOf = (agenda: AgendaItem[], id: string) => agenda.find((i) => i.id === id)?.caseNumber?.sequence;
    for (const item of first) expect(numberOf(second, item.id)).toBe(item.caseNumber?.sequence);
    expect(numberOf(second, 'late-middle')).toBe(27);
    expect(numberOf(second, 'late-end')).toBe(28);

    // A third lock with nothing new takes no numbers: the next meeting continues at 29.
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-relock' });
    expect(await agendaOf(councilId, 'm-relock')).toEqual(second);
    await meetingWithItems(councilId, 'm-after', 1, '2026-05-20');
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-after' });
    expect((await agendaOf(councilId, 'm-after')).map((i) => i.caseNumber?.sequence)).toEqual([29, 30, 31]);
  });

  it('two secretaries locking the same agenda at once: it is numbered once, the other gets ConcurrentEdit', async () => {
    const councilId = 'council-double-lock';
    const { secretary } = await councilWithSecretary(councilId);
    await meetingWithItems(councilId, 'm-double', 3);
    const results = await Promise.allSettled([
      lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-double' }),
      lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-double' }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(ConcurrentEdit);

    const agenda = await agendaOf(councilId, 'm-double');
    const sequences = agenda.map((i) => i.caseNumber?.sequence ?? NaN);
    // One block of five, in agenda order (the loser's block, if any, is a gap, never reused).
    expect(sequences).toEqual(range(sequences[0] ?? NaN, 5));
    expect([23, 28]).toContain(sequences[0]);
  });

  it('refuses an ordinary member, and takes no numbers', async () => {
    const councilId = 'council-forbidden';
    const { secretary, member } = await councilWithSecretary(councilId);
    await meetingWithItems(councilId, 'm-forbidden', 1);
    expect(await rejectionOf(lockAgenda(deps, { principal: member, councilId, meetingId: 'm-forbidden' }))).toBeInstanceOf(
      Forbidden,
    );
    expect((await agendaOf(councilId, 'm-forbidden')).every((i) => i.caseNumber === undefined)).toBe(true);
    expect((await deps.meetings.get(councilId, 'm-forbidden'))?.value.agendaLockedAt).toBeUndefined();

    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-forbidden' });
    expect((await agendaOf(councilId, 'm-forbidden')).map((i) => i.caseNumber?.sequence)).toEqual([23, 24, 25]);
  });

  it('counts the year in Oslo time: a meeting at 00:30 on 1 January is in the new series, starting at 1', async () => {
    const councilId = 'council-new-year-lock';
    const { secretary } = await councilWithSecretary(councilId);
    await meetingWithItems(councilId, 'm-december', 1, '2026-12-09');
    await deps.meetings.create(
      aMeeting(councilId, 'm-new-year', '2026-12-31', {
        startsAt: '2026-12-31T23:30:00.000Z',
        endsAt: '2027-01-01T01:00:00.000Z',
      }),
    );
    await deps.work.apply(
      councilId,
      'm-new-year',
      [...standardItems('m-new-year'), anItem('m-new-year', 'sak', 10)].map((value): WorkChange => ({
        op: 'create',
        kind: 'item',
        value,
      })),
    );
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-december' });
    await lockAgenda(deps, { principal: secretary, councilId, meetingId: 'm-new-year' });
    expect((await agendaOf(councilId, 'm-december')).map((i) => formatCaseNumber(i.caseNumber!))).toEqual([
      '23/26',
      '24/26',
      '25/26',
    ]);
    expect((await agendaOf(councilId, 'm-new-year')).map((i) => formatCaseNumber(i.caseNumber!))).toEqual([
      '1/27',
      '2/27',
      '3/27',
    ]);
  });
});
