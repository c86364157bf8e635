import type { AppDeps, Principal } from '../../../bot/src/app/deps';
import { loadAgenda } from '../../../bot/src/app/use-cases/load-agenda';
import { loadMeetingPackage } from '../../../bot/src/app/use-cases/load-meeting-package';
import { loadMinutes } from '../../../bot/src/app/use-cases/load-minutes';
import { loadNoticeDocument } from '../../../bot/src/app/use-cases/load-notice-document';
import { lockAgenda } from '../../../bot/src/app/use-cases/lock-agenda';
import { myOpenFollowUps } from '../../../bot/src/app/use-cases/my-open-follow-ups';
import { orderAgenda, type AgendaItem } from '../../../bot/src/domain/agenda';
import { calendarDate } from '../../../bot/src/domain/calendar-date';
import { caseYear, formatCaseNumber, type CaseNumber } from '../../../bot/src/domain/case-number';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { isActiveOn } from '../../../bot/src/domain/member';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { seedDemoCouncil } from '../../../bot/src/dev/seed-demo';
import { TABLE_KINDS } from '../../../bot/src/storage/table-names';
import { createTableClientFactory, type TableClientFactory } from '../../../bot/src/storage/table-storage';
import { RecordingMessenger } from '../../support/fakes/recording-messenger';
import { composeDeps } from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

/**
 * The demo council a developer or a customer sees first: seeded through the
 * real adapters and use cases, relative to the seeding day, read here the way
 * the tab and the bot read it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ZONE = 'Europe/Oslo';
const as = (aadObjectId: string): Principal => ({ tenantId: DEMO_TENANT_ID, aadObjectId });
const secretary = as(DEMO_SECRETARY);
const isaiah = as(DEMO_MEMBERS.isaiah);
const adele = as(DEMO_MEMBERS.adele);
const numbers = (list: readonly (CaseNumber | undefined)[]): string[] =>
  list.map((n) => (n ? formatCaseNumber(n) : 'unnumbered'));

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
  { clock: '2026-03-10T09:00:00Z', olderYear: 2025, newerYear: 2026, upcomingYear: 2026 },
  { clock: '2027-01-20T09:00:00Z', olderYear: 2026, newerYear: 2026, upcomingYear: 2027 },
])('seedDemoCouncil with the clock at $clock', ({ clock, olderYear, newerYear, upcomingYear }) => {
  const now = new Date(clock);
  const today = calendarDate(now, ZONE);
  const messenger = new RecordingMessenger();
  let deps: AppDeps;
  let tables: TableClientFactory;
  let firstResult: string;

  beforeAll(async () => {
    const storage = await freshTestStorage();
    tables = createTableClientFactory(storage);
    deps = { ...composeDeps(storage, { clock: () => now }), messenger };
    firstResult = await seedDemoCouncil(deps);
  });

  async function meetings(): Promise<{ older: Meeting; newer: Meeting; upcoming: Meeting }> {
    const list = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
    list.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    expect(list.map((m) => Date.parse(m.startsAt) < now.getTime())).toEqual([true, true, false]);
    return { older: list[0]!, newer: list[1]!, upcoming: list[2]! };
  }

  async function agenda(meetingId: string): Promise<AgendaItem[]> {
    return orderAgenda((await deps.work.load(DEMO_COUNCIL_ID, meetingId)).item.map((r) => r.value));
  }

  it('seeds a council with at least ten current members, continuing its case numbers at 23', async () => {
    expect(firstResult).toBe('seeded');
    const council = await deps.councils.get(DEMO_COUNCIL_ID);
    expect(council?.value.caseNumberStart).toEqual({ year: olderYear, next: 23 });
    const roster = (await deps.members.listRoster(DEMO_COUNCIL_ID)).map((m) => m.value);
    expect(roster.filter((m) => isActiveOn(m, today)).length).toBeGreaterThanOrEqual(10);
    expect(roster.filter((m) => m.role === 'secretary')).toHaveLength(1);
    expect(await deps.members.councilsOf(DEMO_TENANT_ID, DEMO_SECRETARY)).toEqual([DEMO_COUNCIL_ID]);
  });

  it("is the council of the Agents Playground's team, so its General channel gets the notice", async () => {
    const linked = await deps.councils.findByTeam(DEMO_TENANT_ID, 'team-id');
    expect(linked?.value.id).toBe(DEMO_COUNCIL_ID);
  });

  it('sends nothing while seeding: the past posts are kept as not reached, so the newer card can still be posted from the tab', async () => {
    expect(messenger.sent).toEqual([]);
    const { newer } = await meetings();
    const minutes = (await loadMinutes(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: newer.id })).minutes;
    expect(minutes?.sentForApproval?.channelPost.state).toBe('unreachable');
  });

  it(`has an older meeting about three months back, numbered 23/${olderYear % 100} … in order, with its minutes approved`, async () => {
    const { older } = await meetings();
    expect(older.status).toBe('minutesApproved');
    expect(Math.round((now.getTime() - Date.parse(older.startsAt)) / DAY_MS)).toBeGreaterThanOrEqual(85);
    expect(caseYear(older.startsAt, ZONE)).toBe(olderYear);
    const items = await agenda(older.id);
    expect(items[0]?.standard).toBe('approval');
    expect(items[items.length - 1]?.standard).toBe('anyOtherBusiness');
    const yy = olderYear % 100;
    expect(numbers(items.map((i) => i.caseNumber))).toEqual(items.map((_, n) => `${23 + n}/${yy}`));

    // What a member reads in the tab: the approved minutes with a decision, questions and answers, notes.
    const reply = await loadMinutes(deps, { principal: adele, councilId: DEMO_COUNCIL_ID, meetingId: older.id });
    const minutes = reply.minutes!;
    expect(minutes.approval?.by).toBe(DEMO_SECRETARY);
    expect(minutes.approval?.corrections).toContain('Isaiah Langer');
    const strategy = minutes.draft.items.find((i) => i.itemId === 'strategy')!;
    expect(strategy.part.decision).toContain('slutter seg til strategien');
    const news = minutes.draft.items.find((i) => i.itemId === 'news-from-nav')!;
    expect(news.part.notes).toContain('ventetiden på telefon');
    expect(news.part.qa.map((l) => l.name)).toEqual(['Adele Vance', 'Isaiah Langer']);
    expect(minutes.draft.items.find((i) => i.itemId === 'user-panel')?.part.notReached).toBe(true);
    expect(minutes.draft.present.find((p) => p.name === 'Isaiah Langer')).toMatchObject({ cameLate: true });
  });

  it('keeps an apology reason in the older minutes only where the member allowed it; the other reason is deleted', async () => {
    const { older } = await meetings();
    const minutes = (await loadMinutes(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: older.id })).minutes!;
    const apologies = Object.fromEntries(minutes.draft.apologies.map((a) => [a.name, a.reason]));
    expect(apologies).toEqual({ 'Ingrid Solberg': undefined, 'Tor Haugen': 'Kurs i Oslo' });
    const stored = (await deps.work.load(DEMO_COUNCIL_ID, older.id)).attendance.map((r) => r.value);
    expect(stored.find((a) => a.memberId === 'demo-ingrid-solberg')?.answer).toEqual({ kind: 'apologies' });
  });

  it('has two follow-ups from the older meeting: one done with a note, one open on Isaiah Langer (his "min status")', async () => {
    const { older } = await meetings();
    const done = await deps.followUps.get(DEMO_COUNCIL_ID, 'fu-innspill-strategi');
    expect(done?.value).toMatchObject({ meetingId: older.id, status: 'done', done: { by: DEMO_MEMBERS.adele } });
    expect(done?.value.done?.note).not.toBe('');

    const mine = await myOpenFollowUps(deps, { principal: isaiah });
    expect(mine.flatMap((c) => c.followUps.map((f) => [f.followUp.meetingId, f.followUp.what]))).toEqual([
      [older.id, 'Legge fram tall for ventetiden på telefon per kontor.'],
    ]);
  });

  it(`has a newer meeting about six weeks back, held, its minutes sent for approval with one item postponed again`, async () => {
    const { older, newer } = await meetings();
    expect(newer.status).toBe('minutesDraft');
    expect(caseYear(newer.startsAt, ZONE)).toBe(newerYear);
    const reply = await loadMinutes(deps, { principal: adele, councilId: DEMO_COUNCIL_ID, meetingId: newer.id });
    expect(reply.minutes?.sentForApproval).toBeDefined();
    expect(reply.minutes?.minuteTakerId).toBe(DEMO_MEMBERS.lynne);
    expect(reply.minutes?.draft.items.find((i) => i.itemId === 'strategy')?.part.decision).toContain('høring');
    expect(reply.minutes?.draft.openFollowUps.map((f) => f.what)).toEqual([
      'Legge fram tall for ventetiden på telefon per kontor.',
    ]);

    const panel = (await agenda(newer.id)).find((i) => i.id === 'user-panel')!;
    const olderPanel = (await agenda(older.id)).find((i) => i.id === 'user-panel')!;
    expect(panel).toMatchObject({ postponed: true, title: 'Brukerpanel Notodden' });
    expect(numbers(panel.postponedFrom ?? [])).toEqual(numbers([olderPanel.caseNumber]));
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

  it("shows Isaiah's open follow-up in the upcoming package, and offers the twice-postponed item with its chain", async () => {
    const { older, newer, upcoming } = await meetings();
    const pkg = await loadMeetingPackage(deps, { principal: isaiah, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id });
    expect(pkg.followUps.map((f) => [f.responsibleName, f.followUp.status])).toEqual([['Isaiah Langer', 'open']]);

    const view = await loadAgenda(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id });
    const olderNumber = (await agenda(older.id)).find((i) => i.id === 'user-panel')!.caseNumber;
    const newerNumber = (await agenda(newer.id)).find((i) => i.id === 'user-panel')!.caseNumber;
    expect(view.postponedOffers.map((o) => [o.item.title, o.fromMeeting.id, numbers(o.numbers)])).toEqual([
      ['Brukerpanel Notodden', newer.id, numbers([olderNumber, newerNumber])],
    ]);
  });

  it('has an exempt item on the upcoming agenda that the public notice shows only by its legal basis', async () => {
    const { upcoming } = await meetings();
    const request = { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id };
    const full = JSON.stringify(await loadNoticeDocument(deps, { ...request, version: 'full' }));
    const open = JSON.stringify(await loadNoticeDocument(deps, { ...request, version: 'public' }));
    for (const secret of ['Klage fra bruker', 'arbeidsavklaringspenger', 'klage-larvik.pdf']) {
      expect(full).toContain(secret);
      expect(open).not.toContain(secret);
    }
    expect(open).toContain('offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(open).toContain('arshjul-utkast.docx');
  });

  it("returns 'alreadyThere' when seeded again, and changes no row", async () => {
    const before = await snapshot(tables);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(await seedDemoCouncil(deps)).toBe('alreadyThere');
    expect(await snapshot(tables)).toEqual(before);
  });

  it(`numbers the upcoming agenda in its own year's series when it is locked (${upcomingYear})`, async () => {
    const { older, newer, upcoming } = await meetings();
    const count = (await agenda(upcoming.id)).length;
    await lockAgenda(deps, { principal: secretary, councilId: DEMO_COUNCIL_ID, meetingId: upcoming.id });
    const taken = [...(await agenda(older.id)), ...(await agenda(newer.id))]
      .map((i) => i.caseNumber)
      .filter((n) => n?.year === upcomingYear)
      .map((n) => n!.sequence);
    const first = Math.max(0, ...taken) + 1;
    const yy = upcomingYear % 100;
    expect(numbers((await agenda(upcoming.id)).map((i) => i.caseNumber))).toEqual(
      Array.from({ length: count }, (_, n) => `${first + n}/${yy}`),
    );
  });
});
