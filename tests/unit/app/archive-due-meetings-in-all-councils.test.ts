import { DateTime } from 'luxon';
import type { AppDeps } from '../../../bot/src/app/deps';
import { archiveDueMeetingsInAllCouncils } from '../../../bot/src/app/use-cases/archive-due-meetings-in-all-councils';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import { seedDemoCouncil } from '../../../bot/src/dev/seed-demo';
import { StorageUnavailable } from '../../../bot/src/domain/errors';
import type { MeetingStatus } from '../../../bot/src/domain/meeting-status';
import { MINUTES_ROW_ID } from '../../../bot/src/domain/minutes';
import { fakeDeps } from '../../support/fakes/fake-deps';
import { aCouncil, aMeeting } from '../../support/storage-builders';

/**
 * The server's own archive sweep over every council, on the port fakes, at
 * Tuesday 15 June 2027: each council's period (the default 12 months, or its
 * own), only approved meetings, a meeting edited meanwhile or a council that
 * fails left for the next sweep without stopping the rest, and the demo as
 * seeded archiving nothing until its older minutes are a year approved.
 */
const NOW = new Date('2027-06-15T09:00:00Z');
const A = 'council-default';
const B = 'council-six-months';

/** A meeting of `councilId` in `status`, with minutes approved at `approvedAt` (if given). */
async function aMeetingWithMinutes(
  deps: AppDeps,
  councilId: string,
  id: string,
  status: MeetingStatus,
  approvedAt?: string,
): Promise<void> {
  await deps.meetings.create(aMeeting(councilId, id, '2025-01-15', { status }));
  if (status === 'planned' || status === 'collecting' || status === 'noticeSent' || status === 'cancelled') return;
  await deps.work.apply(councilId, id, [
    {
      op: 'create',
      kind: 'minutes',
      value: {
        meetingId: id,
        heldAt: '2025-01-15T11:00:00.000Z',
        heldBy: 'sec',
        attendance: [],
        amendments: [],
        ...(approvedAt !== undefined && { approval: { at: approvedAt, by: 'sec' } }),
      },
    },
  ]);
}

async function setUp() {
  const deps = fakeDeps({ clock: () => NOW });
  await deps.councils.create(aCouncil(A));
  await deps.councils.create(aCouncil(B, { minutesArchiveMonths: 6 }));
  await aMeetingWithMinutes(deps, A, 'a-13-months', 'minutesApproved', '2026-05-15T09:00:00.000Z');
  await aMeetingWithMinutes(deps, A, 'a-12-months-to-the-minute', 'minutesApproved', '2026-06-15T09:00:00.000Z');
  await aMeetingWithMinutes(deps, A, 'a-11-months', 'minutesApproved', '2026-07-15T09:00:00.000Z');
  // Years old, but not approved: a draft, a held meeting, a cancelled one.
  await aMeetingWithMinutes(deps, A, 'a-draft', 'minutesDraft');
  await aMeetingWithMinutes(deps, A, 'a-held', 'held');
  await aMeetingWithMinutes(deps, A, 'a-cancelled', 'cancelled');
  await aMeetingWithMinutes(deps, B, 'b-7-months', 'minutesApproved', '2026-11-15T09:00:00.000Z');
  await aMeetingWithMinutes(deps, B, 'b-5-months', 'minutesApproved', '2027-01-15T09:00:00.000Z');
  return deps;
}

async function statuses(deps: AppDeps, councilId: string): Promise<Record<string, MeetingStatus>> {
  return Object.fromEntries((await deps.meetings.list(councilId)).map((m) => [m.value.id, m.value.status]));
}

const ids = (meetings: { councilId: string; meetingId: string }[]) => meetings.map((m) => `${m.councilId}/${m.meetingId}`).sort();

describe('the archive sweep over every council', () => {
  it('archives what each council’s period has made due, and nothing else', async () => {
    const deps = await setUp();
    const report = await archiveDueMeetingsInAllCouncils(deps);
    expect(report).toEqual(expect.objectContaining({ councils: 2, skipped: [], failed: [] }));
    expect(ids(report.archived)).toEqual([`${A}/a-12-months-to-the-minute`, `${A}/a-13-months`, `${B}/b-7-months`]);
    expect(await statuses(deps, A)).toEqual({
      'a-13-months': 'archived',
      'a-12-months-to-the-minute': 'archived',
      'a-11-months': 'minutesApproved',
      'a-draft': 'minutesDraft',
      'a-held': 'held',
      'a-cancelled': 'cancelled',
    });
    expect(await statuses(deps, B)).toEqual({ 'b-7-months': 'archived', 'b-5-months': 'minutesApproved' });
  });

  it('archives nothing more when run again', async () => {
    const deps = await setUp();
    await archiveDueMeetingsInAllCouncils(deps);
    const before = { a: await statuses(deps, A), b: await statuses(deps, B) };
    const again = await archiveDueMeetingsInAllCouncils(deps);
    expect(again).toEqual({ councils: 2, archived: [], skipped: [], failed: [] });
    expect({ a: await statuses(deps, A), b: await statuses(deps, B) }).toEqual(before);
  });

  it('leaves a meeting someone edits meanwhile for the next sweep, and archives the rest', async () => {
    const deps = await setUp();
    // The secretary corrects the meeting's place while the sweep reads its minutes.
    const read = deps.work.get.bind(deps.work);
    let edited = false;
    deps.work.get = (async (councilId: string, meetingId: string, kind: 'minutes', rowId: string) => {
      if (meetingId === 'a-13-months' && !edited) {
        edited = true;
        const meeting = (await deps.meetings.get(councilId, meetingId))!;
        await deps.meetings.update({ ...meeting.value, place: 'NAV Skien' }, meeting.etag);
      }
      return read(councilId, meetingId, kind, rowId);
    }) as typeof deps.work.get;

    const first = await archiveDueMeetingsInAllCouncils(deps);
    expect(first.skipped).toEqual([{ councilId: A, meetingId: 'a-13-months' }]);
    expect(ids(first.archived)).toEqual([`${A}/a-12-months-to-the-minute`, `${B}/b-7-months`]);
    const kept = (await deps.meetings.get(A, 'a-13-months'))!.value;
    expect([kept.status, kept.place]).toEqual(['minutesApproved', 'NAV Skien']);

    const next = await archiveDueMeetingsInAllCouncils(deps);
    expect(next).toEqual({ councils: 2, archived: [{ councilId: A, meetingId: 'a-13-months' }], skipped: [], failed: [] });
    expect((await deps.meetings.get(A, 'a-13-months'))!.value).toMatchObject({ status: 'archived', place: 'NAV Skien' });
  });

  it('goes on with the other councils when one fails, and reports it', async () => {
    const deps = await setUp();
    const list = deps.meetings.list.bind(deps.meetings);
    const outage = new StorageUnavailable('timeout');
    deps.meetings.list = async (councilId: string) => {
      if (councilId === A) throw outage;
      return list(councilId);
    };
    const report = await archiveDueMeetingsInAllCouncils(deps);
    expect(report.failed).toEqual([{ councilId: A, error: outage }]);
    expect(report.archived).toEqual([{ councilId: B, meetingId: 'b-7-months' }]);
    expect((await deps.meetings.get(A, 'a-13-months'))!.value.status).toBe('minutesApproved');
  });
});

describe('the archive sweep on the demo council', () => {
  it('archives nothing of the demo as seeded, and its older meeting once its minutes are a year approved', async () => {
    let now = NOW;
    const deps = fakeDeps({ clock: () => now });
    await seedDemoCouncil(deps);
    const meetings = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
    const older = meetings.find((m) => m.status === 'minutesApproved')!;
    const approvedAt = (await deps.work.get(DEMO_COUNCIL_ID, older.id, 'minutes', MINUTES_ROW_ID))!.value.approval!.at;
    const statusesNow = await statuses(deps, DEMO_COUNCIL_ID);

    expect((await archiveDueMeetingsInAllCouncils(deps)).archived).toEqual([]);
    const aYearAfter = DateTime.fromISO(approvedAt, { zone: 'utc' }).plus({ months: 12 });
    now = aYearAfter.minus({ minutes: 1 }).toJSDate();
    expect((await archiveDueMeetingsInAllCouncils(deps)).archived).toEqual([]);
    expect(await statuses(deps, DEMO_COUNCIL_ID)).toEqual(statusesNow);

    now = aYearAfter.toJSDate();
    expect((await archiveDueMeetingsInAllCouncils(deps)).archived).toEqual([{ councilId: DEMO_COUNCIL_ID, meetingId: older.id }]);
    // The newer past meeting's minutes wait for approval at the upcoming meeting: never archived before that.
    expect(await statuses(deps, DEMO_COUNCIL_ID)).toEqual({ ...statusesNow, [older.id]: 'archived' });
  });
});
