import type { AppDeps, Principal } from '../../../bot/src/app/deps';
import { loadMeetingPackage } from '../../../bot/src/app/use-cases/load-meeting-package';
import { lockAgenda } from '../../../bot/src/app/use-cases/lock-agenda';
import { orderAgenda, type AgendaItem } from '../../../bot/src/domain/agenda';
import { calendarDate } from '../../../bot/src/domain/calendar-date';
import { caseYear, formatCaseNumber } from '../../../bot/src/domain/case-number';
import { isActiveOn } from '../../../bot/src/domain/member';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { seedDemoCouncil } from '../../../bot/src/dev/seed-demo';
import { TABLE_KINDS } from '../../../bot/src/storage/table-names';
import { createTableClientFactory, type TableClientFactory } from '../../../bot/src/storage/table-storage';
import { composeDeps } from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

/**
 * The demo council a developer or a customer sees first: seeded through the
 * real adapters and the real lock, relative to the seeding day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ZONE = 'Europe/Oslo';
const secretary: Principal = { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY };

/** Every row of every table, as `table/partition/row → etag`: any write changes it. */
async function snapshot(tables: TableClientFactory): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const kind of TABLE_KINDS) {
    for await (const entity of tables(kind).listEntities()) {
      rows[`${kind}/${entity.partitionKey ?? ''}/${entity.rowKey ?? ''}`] = entity.etag;
    }
  }
  return rows;
}

describe.each([
  { clock: '2026-03-10T09:00:00Z', pastYear: 2026, upcomingYear: 2026 },
  { clock: '2027-01-20T09:00:00Z', pastYear: 2026, upcomingYear: 2027 },
])('seedDemoCouncil with the clock at $clock', ({ clock, pastYear, upcomingYear }) => {
  const now = new Date(clock);
  const today = calendarDate(now, ZONE);
  let deps: AppDeps;
  let tables: TableClientFactory;
  let firstResult: string;

  beforeAll(async () => {
    const storage = await freshTestStorage();
    tables = createTableClientFactory(storage);
    deps = composeDeps(storage, { clock: () => now });
    firstResult = await seedDemoCouncil(deps);
  });

  async function meetings() {
    const list = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
    const past = list.filter((m) => Date.parse(m.startsAt) < now.getTime());
    const upcoming = list.filter((m) => Date.parse(m.startsAt) > now.getTime());
    expect(past).toHaveLength(1);
    expect(upcoming).toHaveLength(1);
    return { past: past[0]!, upcoming: upcoming[0]! };
  }

  async function agenda(meetingId: string): Promise<AgendaItem[]> {
    return orderAgenda((await deps.work.load(DEMO_COUNCIL_ID, meetingId)).item.map((r) => r.value));
  }

  it('seeds a council with at least ten current members, continuing its case numbers at 23', async () => {
    expect(firstResult).toBe('seeded');
    const council = await deps.councils.get(DEMO_COUNCIL_ID);
    expect(council?.value.caseNumberStart).toEqual({ year: pastYear, next: 23 });
    const roster = (await deps.members.listRoster(DEMO_COUNCIL_ID)).map((m) => m.value);
    expect(roster.filter((m) => isActiveOn(m, today)).length).toBeGreaterThanOrEqual(10);
    expect(roster.filter((m) => m.role === 'secretary')).toHaveLength(1);
    expect(await deps.members.councilsOf(DEMO_TENANT_ID, DEMO_SECRETARY)).toEqual([DEMO_COUNCIL_ID]);
  });

  it("is the council of the Agents Playground's team, so its General channel gets the notice", async () => {
    const linked = await deps.councils.findByTeam(DEMO_TENANT_ID, 'team-id');
    expect(linked?.value.id).toBe(DEMO_COUNCIL_ID);
  });

  it(`has a held past meeting in ${pastYear} whose agenda is numbered 23/${pastYear % 100}, … in order, with attendance`, async () => {
    const { past } = await meetings();
    expect(past.status).toBe('held');
    expect(caseYear(past.startsAt, ZONE)).toBe(pastYear);
    expect(past.agendaLockedAt).toBe(now.toISOString());

    const items = await agenda(past.id);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0]?.standard).toBe('approval');
    expect(items[items.length - 1]?.standard).toBe('anyOtherBusiness');
    const yy = String(pastYear % 100).padStart(2, '0');
    expect(items.map((i) => (i.caseNumber ? formatCaseNumber(i.caseNumber) : 'unnumbered'))).toEqual(
      items.map((_, n) => `${23 + n}/${yy}`),
    );

    const attendance = (await deps.work.load(DEMO_COUNCIL_ID, past.id)).attendance.map((r) => r.value);
    expect(attendance.length).toBeGreaterThanOrEqual(5);
    expect(attendance.some((a) => a.answer.kind === 'apologies')).toBe(true);
  });

  it('has an upcoming meeting, at least 21 days ahead, collecting proposals, attendance and input', async () => {
    const { upcoming } = await meetings();
    expect(upcoming.status).toBe('collecting');
    expect(Date.parse(upcoming.startsAt) - now.getTime()).toBeGreaterThanOrEqual(21 * DAY_MS);
    expect(caseYear(upcoming.startsAt, ZONE)).toBe(upcomingYear);
    expect(upcoming.agendaLockedAt).toBeUndefined();

    // What the secretary sees in the tab.
    const pkg = await loadMeetingPackage(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id });
    expect(pkg.agenda.length).toBeGreaterThanOrEqual(3);
    expect(pkg.agenda[0]?.standard).toBe('approval');
    expect(pkg.agenda[pkg.agenda.length - 1]?.standard).toBe('anyOtherBusiness');
    expect(pkg.agenda.filter((i) => i.caseNumber !== undefined)).toEqual([]);
    expect(pkg.proposals.length).toBeGreaterThanOrEqual(1);
    expect(pkg.proposals.filter((p) => p.proposerName === '?')).toEqual([]);

    const answered = pkg.attendance.filter((line) => line.state !== 'notAnswered');
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(answered.length).toBeLessThan(pkg.attendance.length);

    expect(pkg.inputRequests).toHaveLength(1);
    expect(pkg.inputRequests[0]?.open).toBe(true);
    expect(Date.parse(pkg.inputRequests[0]?.request.deadline ?? '')).toBeGreaterThan(now.getTime());
  });

  it("returns 'alreadyThere' when seeded again, and changes no row", async () => {
    const before = await snapshot(tables);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(await seedDemoCouncil(deps)).toBe('alreadyThere');
    expect(await snapshot(tables)).toEqual(before);
  });

  it(`numbers the upcoming agenda in its own year's series when it is locked (${upcomingYear})`, async () => {
    const { upcoming } = await meetings();
    const count = (await agenda(upcoming.id)).length;
    await lockAgenda(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id });
    const first = pastYear === upcomingYear ? 23 + (await agenda((await meetings()).past.id)).length : 1;
    const yy = String(upcomingYear % 100).padStart(2, '0');
    expect((await agenda(upcoming.id)).map((i) => (i.caseNumber ? formatCaseNumber(i.caseNumber) : 'unnumbered'))).toEqual(
      Array.from({ length: count }, (_, n) => `${first + n}/${yy}`),
    );
  });
});
