import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../../bot/src/dev/demo-ids';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useSecretaryApi } from '../../support/secretary-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const MEETINGS = `/api/councils/${DEMO_COUNCIL_ID}/meetings`;

/** Wednesday 8 April 2026, after the change to summer time; 14 days before is still winter time. */
const APRIL = { date: '2026-04-08', startTime: '10:00', endTime: '12:30', place: 'NAV Skien, møterom Ibsen' };

describe('meetings API over HTTP, against Azurite', () => {
  const api = useSecretaryApi({ clock: () => NOW });

  let requestCounter = 0;
  const requestId = () => `req-${++requestCounter}`;
  const list = async (as?: string) => (await api.get<{ meetings: Meeting[] }>(MEETINGS, as)).body.meetings;
  const create = (body: Record<string, unknown>, as?: string) =>
    api.call<{ meeting: Meeting; etag: string }>('POST', MEETINGS, { as, body: { requestId: requestId(), ...body } });
  const read = async (id: string) => (await api.get<{ meeting: Meeting; etag: string }>(`${MEETINGS}/${id}`)).body;
  const localOf = (m: Meeting) => ({
    date: '2026-04-08',
    startTime: '10:00',
    endTime: '12:30',
    place: m.place,
    onlineLink: m.onlineLink,
    proposalDeadline: '2026-03-25T10:00',
    noticeDeadline: '2026-04-01T10:00',
  });

  describe('POST /meetings', () => {
    it('creates a collecting meeting with default deadlines at the same Oslo time across the clock change', async () => {
      const response = await create(APRIL);
      expect(response.status).toBe(201);
      expect(response.body.meeting).toMatchObject({
        status: 'collecting',
        startsAt: '2026-04-08T08:00:00.000Z',
        endsAt: '2026-04-08T10:30:00.000Z',
        proposalDeadline: '2026-03-25T09:00:00.000Z',
        noticeDeadline: '2026-04-01T08:00:00.000Z',
        place: APRIL.place,
      });
      expect(response.body.etag).toBeTruthy();
      const pkg = await api.get<MeetingPackage>(`${MEETINGS}/${response.body.meeting.id}/package`, DEMO_MEMBERS.adele);
      expect(pkg.body.agenda.map((i) => [i.title, i.standard])).toEqual([
        ['Godkjenning av innkalling og referat', 'approval'],
        ['Eventuelt', 'anyOtherBusiness'],
      ]);
    });

    it('creates one meeting and one pair of standard items however often the same request is sent', async () => {
      const before = (await list()).length;
      const body = { ...APRIL, date: '2026-05-06', requestId: 'retried-request' };
      const sent = await Promise.all([1, 2, 3].map(() => api.call<{ meeting: Meeting }>('POST', MEETINGS, { body })));
      expect(sent.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(sent.map((r) => r.body.meeting.id)).size).toBe(1);
      const again = await api.call<{ meeting: Meeting }>('POST', MEETINGS, { body });
      expect(again.status).toBe(200);
      expect((await list()).length).toBe(before + 1);
      const pkg = await api.get<MeetingPackage>(`${MEETINGS}/${again.body.meeting.id}/package`);
      expect(pkg.body.agenda).toHaveLength(2);
    });

    it('takes an online link instead of a place, and deadlines the secretary set', async () => {
      const response = await create({
        date: '2026-06-03',
        startTime: '13:00',
        endTime: '15:00',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/juni',
        proposalDeadline: '2026-05-22T12:00',
        noticeDeadline: '2026-05-27T09:00',
      });
      expect(response.status).toBe(201);
      expect(response.body.meeting).toMatchObject({
        proposalDeadline: '2026-05-22T10:00:00.000Z',
        noticeDeadline: '2026-05-27T07:00:00.000Z',
      });
      expect(response.body.meeting.place).toBeUndefined();
    });

    it('refuses bad input with 400 naming the field, and writes nothing', async () => {
      const before = await list();
      const cases: [Record<string, unknown>, string][] = [
        [{ ...APRIL, endTime: '09:00' }, 'endTime'],
        [{ ...APRIL, place: '' }, 'place'],
        [{ ...APRIL, proposalDeadline: '2026-04-08T11:00' }, 'proposalDeadline'],
        [{ ...APRIL, date: '2026-03-01' }, 'date'],
        [{ ...APRIL, date: '2026-03-29', startTime: '02:30' }, 'startTime'],
        [{ ...APRIL, startTime: '10.00' }, 'startTime'],
        [{ ...APRIL, place: 'x'.repeat(301) }, 'place'],
        [{ ...APRIL, onlineLink: 'ftp://example.org' }, 'onlineLink'],
      ];
      for (const [body, field] of cases) {
        const response = await create(body);
        expect([field, response.status, response.error?.field]).toEqual([field, 400, field]);
      }
      expect(await list()).toEqual(before);
    });

    it('refuses a member (403) and an unknown council (404), writing nothing', async () => {
      const before = await list();
      const forbidden = await create(APRIL, DEMO_MEMBERS.adele);
      expect([forbidden.status, forbidden.error?.code]).toEqual([403, 'forbidden']);
      const missing = await api.call('POST', '/api/councils/no-such-council/meetings', { body: { ...APRIL, requestId: 'x' } });
      expect(missing.status).toBe(404);
      expect(await list()).toEqual(before);
    });

    it('lists the new meetings for members too, earliest first', async () => {
      const meetings = await list(DEMO_MEMBERS.lynne);
      expect(meetings.map((m) => m.startsAt)).toEqual([...meetings.map((m) => m.startsAt)].sort());
      expect(meetings.some((m) => m.startsAt === '2026-04-08T08:00:00.000Z')).toBe(true);
    });
  });

  describe('GET and PUT /meetings/:id', () => {
    it('reads a meeting with its ETag (members too) and answers 404 for an unknown one', async () => {
      const [first] = await list();
      const response = await api.get<{ meeting: Meeting; etag: string }>(`${MEETINGS}/${first!.id}`, DEMO_MEMBERS.adele);
      expect(response.status).toBe(200);
      expect(response.body.etag).toBeTruthy();
      expect((await api.get(`${MEETINGS}/m-nope`)).status).toBe(404);
    });

    it('edits times, place, link and deadlines with If-Match and returns the new ETag', async () => {
      const created = (await create(APRIL)).body;
      const path = `${MEETINGS}/${created.meeting.id}`;
      const body = {
        ...localOf(created.meeting),
        startTime: '09:30',
        place: 'NAV Tønsberg',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/april',
        noticeDeadline: '2026-03-31T15:00',
      };
      const saved = await api.call<{ meeting: Meeting; etag: string }>('PUT', path, { body, ifMatch: created.etag });
      expect(saved.status).toBe(200);
      expect(saved.body.meeting).toMatchObject({
        startsAt: '2026-04-08T07:30:00.000Z',
        place: 'NAV Tønsberg',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/april',
        noticeDeadline: '2026-03-31T13:00:00.000Z',
        status: 'collecting',
      });
      expect(saved.body.etag).not.toBe(created.etag);

      // The chair's edit, made from the old version, is refused rather than overwriting.
      const stale = await api.call('PUT', path, { as: DEMO_CHAIR, body: { ...body, place: 'Skien' }, ifMatch: created.etag });
      expect([stale.status, stale.error?.code]).toEqual([412, 'concurrentEdit']);
      expect((await read(created.meeting.id)).meeting.place).toBe('NAV Tønsberg');

      // Leaving out the link removes it.
      const { onlineLink: _link, ...withoutLink } = body;
      const cleared = await api.call<{ meeting: Meeting }>('PUT', path, { body: withoutLink, ifMatch: saved.body.etag });
      expect(cleared.status).toBe(200);
      expect(cleared.body.meeting.onlineLink).toBeUndefined();
    });

    it('needs If-Match, refuses a member, an unknown meeting and bad input, changing nothing', async () => {
      const created = (await create(APRIL)).body;
      const path = `${MEETINGS}/${created.meeting.id}`;
      const body = localOf(created.meeting);
      const noEtag = await api.call('PUT', path, { body });
      expect([noEtag.status, noEtag.error?.field]).toEqual([400, 'If-Match']);
      expect((await api.call('PUT', path, { as: DEMO_MEMBERS.adele, body, ifMatch: created.etag })).status).toBe(403);
      expect((await api.call('PUT', `${MEETINGS}/m-nope`, { body, ifMatch: created.etag })).status).toBe(404);
      const late = await api.call('PUT', path, { body: { ...body, noticeDeadline: '2026-04-09T10:00' }, ifMatch: created.etag });
      expect([late.status, late.error?.field]).toEqual([400, 'noticeDeadline']);
      const nowhere = await api.call('PUT', path, { body: { ...body, place: undefined }, ifMatch: created.etag });
      expect([nowhere.status, nowhere.error?.field]).toEqual([400, 'place']);
      expect(await read(created.meeting.id)).toEqual(created);
    });

    it('refuses to edit a meeting that has been held (409)', async () => {
      const held = (await list()).find((m) => m.status === 'minutesDraft')!;
      const { etag } = await read(held.id);
      const response = await api.call('PUT', `${MEETINGS}/${held.id}`, { body: localOf(held), ifMatch: etag });
      expect(response.status).toBe(409);
    });
  });

  describe('POST /meetings/:id/cancel', () => {
    it('cancels with a reason that members see', async () => {
      const created = (await create(APRIL)).body;
      const response = await api.call<{ meeting: Meeting; etag: string }>('POST', `${MEETINGS}/${created.meeting.id}/cancel`, {
        body: { reason: 'For få påmeldte' },
        ifMatch: created.etag,
      });
      expect(response.status).toBe(200);
      expect(response.body.meeting).toMatchObject({ status: 'cancelled', cancelledReason: 'For få påmeldte' });
      const seen = (await list(DEMO_MEMBERS.adele)).find((m) => m.id === created.meeting.id);
      expect(seen).toMatchObject({ status: 'cancelled', cancelledReason: 'For få påmeldte' });
      // A cancelled meeting is not cancelled twice, nor edited.
      const again = await api.call('POST', `${MEETINGS}/${created.meeting.id}/cancel`, {
        body: { reason: 'igjen' },
        ifMatch: response.body.etag,
      });
      expect(again.status).toBe(409);
    });

    it('needs a reason (400), If-Match (400) and a fresh ETag (412); refuses a member (403) and a held meeting (409)', async () => {
      const created = (await create(APRIL)).body;
      const path = `${MEETINGS}/${created.meeting.id}/cancel`;
      const noReason = await api.call('POST', path, { body: { reason: '  ' }, ifMatch: created.etag });
      expect([noReason.status, noReason.error?.field]).toEqual([400, 'reason']);
      const noEtag = await api.call('POST', path, { body: { reason: 'Sykdom' } });
      expect([noEtag.status, noEtag.error?.field]).toEqual([400, 'If-Match']);
      expect(
        (await api.call('POST', path, { as: DEMO_MEMBERS.adele, body: { reason: 'Sykdom' }, ifMatch: created.etag })).status,
      ).toBe(403);
      const edited = await api.call('PUT', `${MEETINGS}/${created.meeting.id}`, {
        body: { ...localOf(created.meeting), place: 'Skien' },
        ifMatch: created.etag,
      });
      expect(edited.status).toBe(200);
      expect((await api.call('POST', path, { body: { reason: 'Sykdom' }, ifMatch: created.etag })).status).toBe(412);
      expect((await read(created.meeting.id)).meeting.status).toBe('collecting');

      const held = (await list()).find((m) => m.status === 'minutesDraft')!;
      const heldEtag = (await read(held.id)).etag;
      const response = await api.call('POST', `${MEETINGS}/${held.id}/cancel`, {
        body: { reason: 'for sent' },
        ifMatch: heldEtag,
      });
      expect([response.status, response.error?.code]).toEqual([409, 'illegalTransition']);
    });
  });
});
