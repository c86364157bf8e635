import { createHash } from 'node:crypto';
import ical, { type VEvent } from 'node-ical';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { CalendarFeedStatus, MadeCalendarFeed } from '../../../bot/src/contracts/calendar';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { meetingUid } from '../../../bot/src/domain/meeting-calendar';
import { aCouncil, aMeeting, aMember } from '../../support/storage-builders';
import { secretaryApi } from '../../support/secretary-api';
import { createTableClientFactory } from '../../../bot/src/storage/table-storage';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

const NOW = new Date('2026-12-02T09:00:00Z');
const COUNCIL = `/api/councils/${DEMO_COUNCIL_ID}`;
const { adele, isaiah } = DEMO_MEMBERS;

/** The next year's møtekalender as the reference minutes approve it: five meetings 12:00–15:00, two either side of a clock change. */
const NEXT_YEAR = [
  { date: '2027-02-10', startTime: '12:00', endTime: '15:00', place: 'NAV Tønsberg' },
  { date: '2027-03-25', startTime: '12:00', endTime: '15:00', place: 'NAV Tønsberg' },
  { date: '2027-06-09', startTime: '12:00', endTime: '15:00', place: 'NAV Skien' },
  { date: '2027-10-28', startTime: '12:00', endTime: '15:00', place: 'NAV Tønsberg' },
  { date: '2027-11-03', startTime: '12:00', endTime: '15:00', place: 'NAV Skien' },
];

describe('calendars over HTTP, against Azurite', () => {
  let running: RunningTestApp;
  const api = secretaryApi(() => running);
  const created: Meeting[] = [];

  /** An .ics answer: its status, content type and the events a parser reads from it, by UID. */
  async function ics(path: string, as?: string) {
    const headers: Record<string, string> = {};
    if (as !== undefined) headers['X-Utvalg-Dev-User'] = as;
    const response = await fetch(`${running.baseUrl}${path}`, { headers });
    const text = await response.text();
    const events: Record<string, VEvent> =
      response.status === 200
        ? Object.fromEntries(Object.values(ical.sync.parseICS(text)).flatMap((c) => (c?.type === 'VEVENT' ? [[c.uid, c]] : [])))
        : {};
    return { status: response.status, type: response.headers.get('content-type'), text, events };
  }

  beforeAll(async () => {
    running = await startTestApp({ clock: () => NOW });
    for (const [i, details] of NEXT_YEAR.entries()) {
      const reply = await api.call<{ meeting: Meeting }>('POST', `${COUNCIL}/meetings`, {
        body: { ...details, requestId: `calendar-${i}` },
      });
      if (reply.status !== 201) throw new Error(`could not create a meeting: ${reply.status}`);
      created.push(reply.body.meeting);
    }
  }, 30_000);
  afterAll(() => running.close());

  describe('GET …/calendar/{year}.ics', () => {
    it("gives a member every meeting of the council's year, at 12:00–15:00 Oslo time across both clock changes", async () => {
      const reply = await ics(`${COUNCIL}/calendar/2027.ics`, adele);
      expect(reply.status).toBe(200);
      expect(reply.type).toMatch(/^text\/calendar/);
      const events = Object.values(reply.events).sort((a, b) => a.start.getTime() - b.start.getTime());
      const wall = (d: Date) =>
        d.toLocaleString('sv-SE', {
          timeZone: 'Europe/Oslo',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        });
      expect(events.map((e) => [wall(e.start), wall(e.end!)])).toEqual(
        NEXT_YEAR.map((m) => [`${m.date} ${m.startTime}`, `${m.date} ${m.endTime}`]),
      );
      // 25 March is still winter time (UTC+1), 28 October still summer time (UTC+2).
      expect(events[1]!.start.toISOString()).toBe('2027-03-25T11:00:00.000Z');
      expect(events[3]!.start.toISOString()).toBe('2027-10-28T10:00:00.000Z');
    });

    it('leaves out meetings of other years', async () => {
      const reply = await ics(`${COUNCIL}/calendar/2028.ics`, adele);
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.events)).toEqual([]);
    });

    it('refuses a year that is not four digits and someone who is not a member', async () => {
      expect((await ics(`${COUNCIL}/calendar/27.ics`, adele)).status).toBe(400);
      expect((await ics(`${COUNCIL}/calendar/2027.ics`, 'not-a-member')).status).toBe(403);
    });
  });

  describe('GET …/meetings/{id}/meeting.ics', () => {
    it('keeps the UID and raises SEQUENCE when the meeting moves, and the new time is in the file', async () => {
      const meeting = created[2]!;
      const path = `${COUNCIL}/meetings/${meeting.id}/meeting.ics`;
      const before = (await ics(path, adele)).events[meetingUid(meeting)]!;
      expect(before).toBeDefined();

      const read = await api.get<{ meeting: Meeting; etag: string }>(`${COUNCIL}/meetings/${meeting.id}`);
      const moved = await api.call('PUT', `${COUNCIL}/meetings/${meeting.id}`, {
        ifMatch: read.body.etag,
        body: {
          date: '2027-06-16',
          startTime: '13:00',
          endTime: '15:30',
          place: 'NAV Skien',
          proposalDeadline: '2027-06-02T23:59',
          noticeDeadline: '2027-06-09T12:00',
        },
      });
      expect(moved.status).toBe(200);

      const reply = await ics(path, adele);
      const after = reply.events[meetingUid(meeting)]!;
      expect(Object.keys(reply.events)).toEqual([meetingUid(meeting)]);
      expect(after.sequence).toBeGreaterThan(before.sequence ?? 0);
      expect(after.start.toISOString()).toBe('2027-06-16T11:00:00.000Z');
      // The same entry in the year calendar: one UID, the same SEQUENCE.
      const inYear = (await ics(`${COUNCIL}/calendar/2027.ics`, adele)).events[meetingUid(meeting)]!;
      expect(inYear.sequence).toBe(after.sequence);
    });

    it('is STATUS:CANCELLED once the meeting is cancelled, with a higher SEQUENCE', async () => {
      const meeting = created[4]!;
      const path = `${COUNCIL}/meetings/${meeting.id}/meeting.ics`;
      const before = (await ics(path, adele)).events[meetingUid(meeting)]!;
      expect(before.status).toBe('CONFIRMED');
      const read = await api.get<{ etag: string }>(`${COUNCIL}/meetings/${meeting.id}`);
      const cancelled = await api.call('POST', `${COUNCIL}/meetings/${meeting.id}/cancel`, {
        ifMatch: read.body.etag,
        body: { reason: 'Flyttet til januar' },
      });
      expect(cancelled.status).toBe(200);
      const after = (await ics(path, adele)).events[meetingUid(meeting)]!;
      expect(after.status).toBe('CANCELLED');
      expect(after.sequence).toBeGreaterThan(before.sequence ?? 0);
    });

    it('links to the meeting package', async () => {
      const meeting = created[0]!;
      const event = (await ics(`${COUNCIL}/meetings/${meeting.id}/meeting.ics`, adele)).events[meetingUid(meeting)]!;
      expect(event.description).toContain(`/tab/#/package/${meeting.id}`);
    });

    it('answers a non-member 403 and an unknown meeting 404', async () => {
      expect((await ics(`${COUNCIL}/meetings/${created[0]!.id}/meeting.ics`, 'not-a-member')).status).toBe(403);
      expect((await ics(`${COUNCIL}/meetings/no-such-meeting/meeting.ics`, adele)).status).toBe(404);
    });
  });

  describe('the personal feed', () => {
    const other = aCouncil('other-council', { tenantId: DEMO_TENANT_ID, name: 'Brukerutvalget Agder' });

    beforeAll(async () => {
      // A second council Isaiah belongs to, and a meeting in it; Adele is not a member there.
      const deps = running.app.deps;
      await deps.councils.create(other);
      await deps.members.create(aMember(other.id, isaiah, { tenantId: DEMO_TENANT_ID, name: 'Isaiah Langer' }));
      await deps.meetings.create(
        aMeeting(other.id, 'agder-1', '2027-01-20', {
          proposalDeadline: '2027-01-06T22:59:00.000Z',
          noticeDeadline: '2027-01-13T08:00:00.000Z',
        }),
      );
    });

    const make = (as: string, etag?: string) =>
      api.call<MadeCalendarFeed>('POST', '/api/me/calendar-feed', { as, body: {}, ...(etag !== undefined && { ifMatch: etag }) });

    it("shows a member the upcoming meetings of their councils only, and nobody else's", async () => {
      const made = await make(isaiah);
      expect(made.status).toBe(200);
      const feed = await ics(made.body.path);
      expect(feed.status).toBe(200);
      const councils = new Set(Object.keys(feed.events).map((uid) => uid.split('.').slice(1).join('.').split('@')[0]));
      expect([...councils].sort()).toEqual([DEMO_COUNCIL_ID, other.id].sort());
      expect(Object.keys(feed.events)).toContain(meetingUid({ id: 'agder-1', councilId: other.id }));
      // Past meetings of the demo council are not in it.
      expect(Object.values(feed.events).every((e) => e.end!.getTime() > NOW.getTime())).toBe(true);

      const adeles = await make(adele);
      const hers = await ics(adeles.body.path);
      expect(Object.keys(hers.events)).not.toContain(meetingUid({ id: 'agder-1', councilId: other.id }));
      expect(Object.keys(hers.events).length).toBeGreaterThan(0);
    });

    it('shows the address once: afterwards only when it was made, and only a hash of it is stored', async () => {
      const status = await api.get<CalendarFeedStatus>('/api/me/calendar-feed', DEMO_SECRETARY);
      expect(status.body.feed).toBeNull();
      const made = await make(DEMO_SECRETARY);
      const secret = made.body.path
        .split('/')
        .pop()!
        .replace(/\.ics$/, '');
      const later = await api.get<CalendarFeedStatus>('/api/me/calendar-feed', DEMO_SECRETARY);
      expect(later.body.feed).toEqual({ createdAt: NOW.toISOString() });
      expect(JSON.stringify(later.body)).not.toContain(secret);
      const rows: unknown[] = [];
      for await (const row of createTableClientFactory(running.settings.storage)('calendarFeeds').listEntities()) rows.push(row);
      const stored = JSON.stringify(rows);
      expect(stored).toContain(createHash('sha256').update(secret).digest('hex'));
      expect(stored).not.toContain(secret);
    });

    it('dies when a new address is made: the old one answers 404 exactly like one that never existed', async () => {
      const first = await make(DEMO_MEMBERS.patti);
      expect((await ics(first.body.path)).status).toBe(200);
      const second = await make(DEMO_MEMBERS.patti, first.body.etag);
      expect(second.status).toBe(200);
      expect((await ics(second.body.path)).status).toBe(200);

      const old = await ics(first.body.path);
      const unknown = await ics(`/api/calendar-feeds/${'A'.repeat(43)}.ics`);
      const malformed = await ics('/api/calendar-feeds/nonsense');
      expect([old.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
      expect(old.text).toBe(unknown.text);
      expect(malformed.text).toBe(unknown.text);
    });

    it('dies when revoked, and a second address without the ETag of the first is refused', async () => {
      const made = await make(DEMO_MEMBERS.lynne);
      expect((await make(DEMO_MEMBERS.lynne)).status).toBe(412);
      const revoked = await api.call('POST', '/api/me/calendar-feed/revoke', {
        as: DEMO_MEMBERS.lynne,
        body: {},
        ifMatch: made.body.etag,
      });
      expect(revoked.status).toBe(200);
      expect((await ics(made.body.path)).status).toBe(404);
      const status = await api.get<CalendarFeedStatus>('/api/me/calendar-feed', DEMO_MEMBERS.lynne);
      expect(status.body.feed).toBeNull();
    });
  });
});
