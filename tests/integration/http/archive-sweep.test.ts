import { randomUUID } from 'node:crypto';
import type { WorkChange } from '../../../bot/src/app/ports';
import type { MeetingsResponse } from '../../../bot/src/contracts/me';
import type { MinutesReply } from '../../../bot/src/contracts/minutes';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { emptyMinutesItem } from '../../../bot/src/domain/minutes';
import { splitArchived } from '../../../tab/src/state/meeting-choice';
import { aCouncil, aMeeting, aMember, anItem } from '../../support/storage-builders';
import { tabApi } from '../../support/tab-api-client';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

/**
 * The server's own archive sweep, on Azurite over real HTTP: an app on a pinned
 * clock (Tuesday 15 June 2027) with its scheduler started moves the meeting
 * whose minutes were approved 13 months ago to the archive by itself, shortly
 * after start, while the one approved 11 months ago stays. What the members
 * see: the archived meeting is out of the tab's active list, and its minutes
 * refuse an amendment the other meeting still takes.
 */
const NOW = new Date('2027-06-15T09:00:00Z');
const SECRETARY = 'sweep-secretary';
const MEMBER = 'sweep-member';

describe('the archive sweep of a running server', () => {
  let running: RunningTestApp;
  const call = tabApi(() => running.baseUrl);
  const councilId = `c-${randomUUID().slice(0, 8)}`;
  const meetingsPath = `/api/councils/${councilId}/meetings`;
  const minutesOf = (meetingId: string) => call<MinutesReply>('GET', `${meetingsPath}/${meetingId}/minutes`, { as: SECRETARY });

  /** A held meeting with one item, its minutes approved at `approvedAt`. */
  async function anApprovedMeeting(meetingId: string, date: string, approvedAt: string): Promise<void> {
    const { deps } = running.app;
    await deps.meetings.create(aMeeting(councilId, meetingId, date, { status: 'minutesApproved' }));
    const heldAt = `${date}T10:30:00.000Z`;
    await deps.work.apply(councilId, meetingId, [
      { op: 'create', kind: 'item', value: anItem(meetingId, 'budget', 10, { title: 'Budsjett' }) },
      {
        op: 'create',
        kind: 'minutesItem',
        value: { ...emptyMinutesItem(meetingId, 'budget', heldAt, SECRETARY), decision: 'Budsjettet tas til orientering.' },
      },
      {
        op: 'create',
        kind: 'minutes',
        value: {
          meetingId,
          heldAt,
          heldBy: SECRETARY,
          attendance: [],
          amendments: [],
          sentForApproval: { at: heldAt, by: SECRETARY, channelPost: { state: 'sent', at: heldAt } },
          approval: { at: approvedAt, by: SECRETARY },
        },
      } satisfies WorkChange,
    ]);
  }

  beforeAll(async () => {
    running = await startTestApp({ seed: false, clock: () => NOW });
    const { deps } = running.app;
    await deps.councils.create(aCouncil(councilId, { tenantId: DEMO_TENANT_ID }));
    await deps.members.create(aMember(councilId, SECRETARY, { tenantId: DEMO_TENANT_ID, role: 'secretary' }));
    await deps.members.create(aMember(councilId, MEMBER, { tenantId: DEMO_TENANT_ID }));
    await anApprovedMeeting('approved-13-months-ago', '2026-05-06', '2026-05-15T09:00:00.000Z');
    await anApprovedMeeting('approved-11-months-ago', '2026-07-08', '2026-07-15T09:00:00.000Z');
  });
  afterAll(async () => {
    await running.close();
  });

  /** The council's meetings as the member's tab reads them, once the first sweep has archived one (or 20 s passed). */
  async function meetingsAfterTheFirstSweep(): Promise<Meeting[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const reply = await call<MeetingsResponse>('GET', meetingsPath, { as: MEMBER });
      expect(reply.status).toBe(200);
      const { meetings } = reply.body;
      if (meetings.some((m) => m.status === 'archived') || Date.now() > deadline) return meetings;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('archives the due meeting by itself: out of the active list, and its minutes read-only', async () => {
    const before = await call<MeetingsResponse>('GET', meetingsPath, { as: MEMBER });
    expect(before.body.meetings.map((m) => m.status)).toEqual(['minutesApproved', 'minutesApproved']);

    running.app.startScheduler();
    const meetings = await meetingsAfterTheFirstSweep();
    expect(meetings.map((m) => [m.id, m.status])).toEqual([
      ['approved-13-months-ago', 'archived'],
      ['approved-11-months-ago', 'minutesApproved'],
    ]);
    const { active, archived } = splitArchived(meetings);
    expect(active.map((m) => m.id)).toEqual(['approved-11-months-ago']);
    expect(archived.map((m) => m.id)).toEqual(['approved-13-months-ago']);

    const amend = async (meetingId: string) => {
      const minutes = (await minutesOf(meetingId)).body.minutes!;
      return call<{ error?: { code: string } }>('POST', `${meetingsPath}/${meetingId}/minutes/items/budget/amend`, {
        as: SECRETARY,
        etag: minutes.partEtags['budget'],
        body: { field: 'decision', after: 'Budsjettet tas til orientering med merknader.', reason: 'Vedtaket var ufullstendig' },
      });
    };
    const refused = await amend('approved-13-months-ago');
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'meetingClosed']);
    const archivedMinutes = (await minutesOf('approved-13-months-ago')).body;
    expect(archivedMinutes.meeting.status).toBe('archived');
    expect(archivedMinutes.minutes!.draft.items.find((i) => i.itemId === 'budget')!.part.decision).toBe(
      'Budsjettet tas til orientering.',
    );
    expect((await amend('approved-11-months-ago')).status).toBe(200);
  });
});
