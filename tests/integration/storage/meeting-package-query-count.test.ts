import type { TableClient } from '@azure/data-tables';
import type { AppDeps, Principal } from '../../../bot/src/app/deps';
import { loadMeetingPackage } from '../../../bot/src/app/use-cases/load-meeting-package';
import type { WorkChange } from '../../../bot/src/app/ports';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import { NotCouncilMember } from '../../../bot/src/domain/errors';
import type { Member } from '../../../bot/src/domain/member';
import { MAX_BATCH } from '../../../bot/src/storage/table-meeting-work-repository';
import type { TableKind } from '../../../bot/src/storage/table-names';
import { createTableClientFactory, type TableClientFactory } from '../../../bot/src/storage/table-storage';
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
 * The meeting package is one partition query for the working set (following
 * continuation tokens past 1,000 rows) plus one roster query and point reads,
 * however large the meeting is.
 */

type PipelinePolicy = Parameters<TableClient['pipeline']['addPolicy']>[0];

/** Wraps each TableClient in a Proxy that records every method call, and counts HTTP requests per table. */
function countingTables(inner: TableClientFactory) {
  const calls: string[] = [];
  const requests: { table: TableKind; method: string }[] = [];
  const cache = new Map<TableKind, TableClient>();
  const factory: TableClientFactory = (kind) => {
    const cached = cache.get(kind);
    if (cached) return cached;
    const target = inner(kind);
    const countRequests: PipelinePolicy = {
      name: `count-requests-${kind}`,
      sendRequest: (request, next) => {
        requests.push({ table: kind, method: request.method });
        return next(request);
      },
    };
    target.pipeline.addPolicy(countRequests);
    const proxy = new Proxy(target, {
      get(t, property) {
        const value: unknown = Reflect.get(t, property, t);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]): unknown => {
          calls.push(`${kind}.${String(property)}`);
          return method.apply(t, args);
        };
      },
    });
    cache.set(kind, proxy);
    return proxy;
  };
  return {
    factory,
    calls,
    requests,
    count: (call: string) => calls.filter((c) => c === call).length,
    requestsTo: (table: TableKind) => requests.filter((r) => r.table === table).length,
    reset: () => {
      calls.length = 0;
      requests.length = 0;
    },
  };
}

const C = 'council-big';
const M = 'm-2026-04-15';
const CLOCK = new Date('2026-03-10T09:00:00Z');
const SIZES = { item: 300, proposal: 600, attendance: 12, inputRequest: 49, input: 49 * 11 };

let deps: AppDeps;
let counting: ReturnType<typeof countingTables>;
let roster: Member[];
const secretary: Principal = { tenantId: TEST_TENANT, aadObjectId: 'big-secretary' };

beforeAll(async () => {
  const storage = await freshTestStorage();
  counting = countingTables(createTableClientFactory(storage));
  deps = composeDeps(storage, { tables: counting.factory, clock: () => CLOCK });

  await deps.councils.create(aCouncil(C, { name: 'Brukerutvalget i NAV Innlandet' }));
  roster = [
    aMember(C, 'big-secretary', { role: 'secretary', votingMember: false, name: 'Alex Wilber' }),
    aMember(C, 'big-chair', { role: 'chair', name: 'Megan Bowen' }),
    ...Array.from({ length: 10 }, (_, i) => aMember(C, `big-member-${i}`, { name: `Medlem nummer ${i}` })),
  ];
  const former = aMember(C, 'big-former', { name: 'Anita Williams', activeTo: '2025-12-31' });
  for (const member of [...roster, former]) await deps.members.create(member);
  await deps.meetings.create(aMeeting(C, M, '2026-04-15'));

  const items: AgendaItem[] = [
    ...standardItems(M),
    ...Array.from({ length: SIZES.item - 2 }, (_, i) => anItem(M, `sak-${i}`, 10 + i, { description: 'Litt tekst om saken.' })),
  ];
  const requestIds = Array.from({ length: SIZES.inputRequest }, (_, i) => `req-${i}`);
  const changes: WorkChange[] = [
    ...items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    ...Array.from({ length: SIZES.proposal }, (_, i): WorkChange => ({
      op: 'create',
      kind: 'proposal',
      value: aProposal(M, `forslag-${i}`, roster[i % roster.length]?.aadObjectId ?? '', {
        createdAt: new Date(Date.parse('2026-02-01T00:00:00Z') + i * 60_000).toISOString(),
      }),
    })),
    ...roster.map((m): WorkChange => ({ op: 'create', kind: 'attendance', value: anAttendance(M, m.aadObjectId) })),
    ...requestIds.map((id): WorkChange => ({ op: 'create', kind: 'inputRequest', value: anInputRequest(M, id) })),
    // Every request is answered by all but the last member of the roster.
    ...requestIds.flatMap((id) =>
      roster.slice(0, 11).map((m): WorkChange => ({ op: 'create', kind: 'input', value: aWrittenInput(M, id, m.aadObjectId) })),
    ),
  ];
  expect(changes).toHaveLength(1500);
  for (let i = 0; i < changes.length; i += MAX_BATCH) {
    await deps.work.apply(C, M, changes.slice(i, i + MAX_BATCH));
  }
  counting.reset();
}, 60_000);

describe('loadMeetingPackage for a meeting with 1,500 working-set rows', () => {
  it('reads the working set with one query and the roster with one query, plus two point reads', async () => {
    counting.reset();
    await loadMeetingPackage(deps, { principal: secretary, councilId: C, meetingId: M });

    expect(counting.count('meetingWork.listEntities')).toBe(1);
    expect(counting.count('members.listEntities')).toBe(1);
    expect(counting.count('councils.getEntity')).toBe(1);
    expect(counting.count('meetings.getEntity')).toBe(1);
    // Nothing else: no per-row reads, no queries on other tables but the council's follow-ups (one partition).
    expect([...counting.calls].sort()).toEqual(
      [
        'councils.getEntity',
        'followUps.listEntities',
        'meetingWork.listEntities',
        'meetings.getEntity',
        'members.listEntities',
      ].sort(),
    );
    // The one working-set query came back in more than one page (Azurite pages at 1,000),
    // so its continuation token was followed; the other tables took one request each.
    expect(counting.requestsTo('meetingWork')).toBeGreaterThanOrEqual(2);
    expect(counting.requestsTo('members')).toBe(1);
    expect(counting.requestsTo('councils')).toBe(1);
    expect(counting.requestsTo('meetings')).toBe(1);
    expect(counting.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('contains every one of the 1,500 rows', async () => {
    const pkg = await loadMeetingPackage(deps, { principal: secretary, councilId: C, meetingId: M });

    expect(pkg.meeting.id).toBe(M);
    expect(pkg.council.name).toBe('Brukerutvalget i NAV Innlandet');
    expect(pkg.agenda).toHaveLength(SIZES.item);
    expect(new Set(pkg.agenda.map((i) => i.id)).size).toBe(SIZES.item);
    expect(pkg.agenda[0]?.standard).toBe('approval');
    expect(pkg.agenda[SIZES.item - 1]?.standard).toBe('anyOtherBusiness');
    expect(pkg.agenda.slice(1, -1).map((i) => i.id)).toEqual(Array.from({ length: SIZES.item - 2 }, (_, i) => `sak-${i}`));

    expect(pkg.proposals).toHaveLength(SIZES.proposal);
    expect(new Set(pkg.proposals.map((p) => p.id)).size).toBe(SIZES.proposal);
    expect(pkg.proposals.filter((p) => p.proposerName === '?')).toEqual([]);
    expect(pkg.proposals[0]).toMatchObject({ id: 'forslag-0', proposerName: 'Alex Wilber' });
    expect(pkg.proposals[SIZES.proposal - 1]?.id).toBe(`forslag-${SIZES.proposal - 1}`);

    // The former member is not on the meeting's roster; the twelve current ones all answered.
    expect(pkg.attendance).toHaveLength(SIZES.attendance);
    expect(pkg.attendance.map((line) => line.state)).toEqual(Array<string>(SIZES.attendance).fill('attend'));
    expect(pkg.attendance.map((line) => line.name)).not.toContain('Anita Williams');

    expect(pkg.inputRequests).toHaveLength(SIZES.inputRequest);
    const lastMember = roster[11]?.name;
    for (const summary of pkg.inputRequests) {
      expect(summary.open).toBe(true);
      expect(summary.answeredBy).toHaveLength(11);
      expect(summary.notAnsweredBy).toEqual([lastMember]);
    }
    const answered = pkg.inputRequests.reduce((sum, s) => sum + s.answeredBy.length, 0);
    expect(answered).toBe(SIZES.input);
  });

  it('refuses someone who is not a member with NotCouncilMember, without reading the working set', async () => {
    for (const stranger of [
      { tenantId: TEST_TENANT, aadObjectId: 'someone-else' },
      // Same object id, another tenant: not the same person.
      { tenantId: 'tenant-other', aadObjectId: 'big-secretary' },
      // A former member keeps their history but loses access.
      { tenantId: TEST_TENANT, aadObjectId: 'big-former' },
    ]) {
      counting.reset();
      const error = await rejectionOf(loadMeetingPackage(deps, { principal: stranger, councilId: C, meetingId: M }));
      expect(error).toBeInstanceOf(NotCouncilMember);
      expect((error as NotCouncilMember).code).toBe('notCouncilMember');
      expect(counting.count('meetingWork.listEntities')).toBe(0);
      expect(counting.requestsTo('meetingWork')).toBe(0);
    }
  });
});
