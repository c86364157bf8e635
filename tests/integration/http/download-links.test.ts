import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { DownloadLink } from '../../../bot/src/contracts/download-links';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { aMember } from '../../support/storage-builders';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../../support/sso-test-app';
import { signToken } from '../../support/sso-tokens';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

const START = new Date('2026-03-10T09:00:00Z');
const FORMER_MEMBER = 'demo-anita-williams';

interface ErrorBody {
  error: Record<string, unknown>;
}

describe('signed download links (production mode: Teams SSO, no dev identity)', () => {
  let now = START;
  let running: SignedSsoTestApp;
  let upcoming: Meeting;
  let past: Meeting;

  beforeAll(async () => {
    running = await startSignedSsoTestApp({ keyId: 'links-key', clock: () => now });
    const meetings = (await running.app.deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
    upcoming = meetings.find((m) => m.status === 'collecting')!;
    past = meetings.find((m) => Date.parse(m.startsAt) < START.getTime())!;
  });
  afterAll(() => running?.close());
  beforeEach(() => {
    now = START;
  });

  const notice = (format: string, meeting = upcoming, query = '') =>
    `/api/councils/${DEMO_COUNCIL_ID}/meetings/${meeting.id}/notice.${format}${query}`;
  const bearer = async (aadObjectId: string) => `Bearer ${await signToken(running.key, { now, aadObjectId })}`;

  async function askForLink(aadObjectId: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${running.baseUrl}/api/download-links`, {
      method: 'POST',
      headers: { Authorization: await bearer(aadObjectId), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  async function linkFor(aadObjectId: string, path: string): Promise<string> {
    const reply = await askForLink(aadObjectId, { path });
    if (reply.status !== 200) throw new Error(`no link: ${reply.status} ${JSON.stringify(reply.body)}`);
    return (reply.body as DownloadLink).path;
  }
  /** A GET as a browser opening the link does it: no Authorization header. */
  const open = (path: string) => fetch(`${running.baseUrl}${path}`);
  const withParam = (path: string, name: string, value: string | undefined): string => {
    const url = new URL(path, 'http://x');
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    return `${url.pathname}${url.search}`;
  };

  /** What a request without a token gets: the refusals of a link must say no more than this. */
  async function expectRefusedLikeNoToken(path: string): Promise<void> {
    const response = await open(path);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBeNull();
    const body = (await response.json()) as ErrorBody;
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
    expect(body.error['code']).toBe('unauthenticated');
    expect(body.error['message']).toBe('Not signed in: the download link is not valid (it may have expired)');
  }

  it('makes a five-minute link for a member that downloads the PDF with no Authorization header', async () => {
    const reply = await askForLink(DEMO_MEMBERS.adele, { path: notice('pdf', upcoming, '?version=public') });
    expect(reply.status).toBe(200);
    const link = reply.body as DownloadLink;
    expect(link.expiresAt).toBe('2026-03-10T09:05:00.000Z');
    const url = new URL(link.path, 'http://x');
    expect(url.pathname).toBe(notice('pdf'));
    expect(url.searchParams.get('version')).toBe('public');
    expect(url.searchParams.get('oid')).toBe(DEMO_MEMBERS.adele);

    const response = await open(link.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="innkalling-\d{4}-\d{2}-\d{2}-offentlig\.pdf"/,
    );
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
  });

  it('opens the printable HTML and the meeting and year calendars by link too', async () => {
    const html = await open(await linkFor(DEMO_SECRETARY, notice('html')));
    expect(html.status).toBe(200);
    expect(await html.text()).toMatch(/<html lang="nb-NO">/);
    // The document's own links (attachments) must not hand the signed address on as a Referer.
    expect(html.headers.get('referrer-policy')).toBe('no-referrer');
    const meetingIcs = await open(
      await linkFor(DEMO_MEMBERS.adele, `/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/meeting.ics`),
    );
    expect(meetingIcs.status).toBe(200);
    expect(await meetingIcs.text()).toContain('BEGIN:VEVENT');
    const year = await open(await linkFor(DEMO_MEMBERS.adele, `/api/councils/${DEMO_COUNCIL_ID}/calendar/2026.ics`));
    expect(year.status).toBe(200);
    expect(await year.text()).toContain('BEGIN:VCALENDAR');
  });

  it('works until it expires on the server clock, then is refused like a call without a token', async () => {
    const path = await linkFor(DEMO_MEMBERS.adele, notice('pdf'));
    now = new Date(START.getTime() + 5 * 60_000 - 1000);
    expect((await open(path)).status).toBe(200);
    now = new Date(START.getTime() + 5 * 60_000);
    await expectRefusedLikeNoToken(path);
  });

  it('refuses a changed path, query, identity or expiry, and a missing signature, with the same 401', async () => {
    const path = await linkFor(DEMO_MEMBERS.adele, notice('pdf', upcoming, '?version=public'));
    const exp = new URL(path, 'http://x').searchParams.get('exp')!;
    const tampered = [
      path.replace(upcoming.id, past.id),
      path.replace('notice.pdf', 'notice.docx'),
      withParam(path, 'version', 'full'),
      withParam(path, 'oid', DEMO_SECRETARY),
      withParam(path, 'tid', 'another-tenant'),
      withParam(path, 'exp', String(Number(exp) + 3600)),
      withParam(path, 'sig', undefined),
      withParam(path, 'sig', 'A'.repeat(43)),
    ];
    for (const changed of tampered) await expectRefusedLikeNoToken(changed);
    // Without any of the link's parameters it is a plain call without a token.
    const plain = await open(notice('pdf', upcoming, '?version=public'));
    expect(plain.status).toBe(401);
    expect(((await plain.json()) as ErrorBody).error['code']).toBe('unauthenticated');
  });

  it("opens no other route: a link's parameters on a JSON route are not a sign-in", async () => {
    const path = await linkFor(DEMO_SECRETARY, notice('pdf'));
    const search = new URL(path, 'http://x').search;
    const response = await open(`/api/councils/${DEMO_COUNCIL_ID}/meetings${search}`);
    expect(response.status).toBe(401);
    const again = await askForLink(DEMO_SECRETARY, { path: `/api/councils/${DEMO_COUNCIL_ID}/meetings` });
    expect(again.status).toBe(400);
  });

  it('refuses to make a link for a document the caller may not read, and for no document at all', async () => {
    expect((await askForLink(FORMER_MEMBER, { path: notice('pdf') })).status).toBe(403);
    expect((await askForLink('not-a-member', { path: notice('pdf', upcoming, '?version=public') })).status).toBe(403);
    expect((await askForLink(DEMO_SECRETARY, { path: notice('pdf', { ...upcoming, id: 'no-such-meeting' }) })).status).toBe(404);
    const badQuery = await askForLink(DEMO_SECRETARY, { path: notice('pdf', upcoming, '?version=secret') });
    expect(badQuery.status).toBe(400);
    expect((badQuery.body as ErrorBody).error['field']).toBe('version');
    const noToken = await fetch(`${running.baseUrl}/api/download-links`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: notice('pdf') }),
    });
    expect(noToken.status).toBe(401);
  });

  it('refuses a member removed after the link was made (authorization is checked when it is used)', async () => {
    const leaving = 'leaving-member';
    const created = await running.app.deps.members.create(aMember(DEMO_COUNCIL_ID, leaving, { tenantId: DEMO_TENANT_ID }));
    const path = await linkFor(leaving, notice('pdf'));
    expect((await open(path)).status).toBe(200);
    await running.app.deps.members.update({ ...created.value, activeTo: '2026-03-01' }, created.etag);
    const response = await open(path);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-disposition')).toBeNull();
  });

  it.each([
    ['another origin', 'https://evil.example/api/councils/x/meetings/y/notice.pdf'],
    ['a protocol-relative address', `//evil.example${'/api/councils/x/meetings/y/notice.pdf'}`],
    ['a path that is not a document', '/api/me'],
    ['a document path that already carries a signature', '/api/councils/x/meetings/y/notice.pdf?sig=abc'],
    ['a path with a fragment', '/api/councils/x/meetings/y/notice.pdf#x'],
    ['a path that walks up', '/api/councils/x/meetings/y/../../../me'],
    ['a malformed escape', '/api/councils/%E0%A4%A/meetings/y/notice.pdf'],
    ['an empty path', ''],
    ['a path too long', `/api/councils/${'x'.repeat(1100)}/meetings/y/notice.pdf`],
  ])('answers %s with 400 naming the path', async (_what, path) => {
    const reply = await askForLink(DEMO_SECRETARY, { path });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error['field']).toBe('path');
  });

  it('answers a body that is not { path } with 400', async () => {
    for (const body of [{}, { path: 42 }, { path: notice('pdf'), extra: 1 }, [notice('pdf')]]) {
      expect((await askForLink(DEMO_SECRETARY, body)).status).toBe(400);
    }
  });
});

describe('signed download links in dev mode', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startTestApp({ clock: () => START });
  });
  afterAll(() => running.close());

  it('signs the dev identity, and the link acts as that person', async () => {
    const { meetings } = (await (await fetch(`${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings`)).json()) as {
      meetings: Meeting[];
    };
    const meeting = meetings.find((m) => m.status === 'collecting')!;
    const response = await fetch(`${running.baseUrl}/api/download-links`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Utvalg-Dev-User': DEMO_MEMBERS.lynne },
      body: JSON.stringify({ path: `/api/councils/${DEMO_COUNCIL_ID}/meetings/${meeting.id}/notice.html` }),
    });
    expect(response.status).toBe(200);
    const { path } = (await response.json()) as DownloadLink;
    expect(new URL(path, 'http://x').searchParams.get('oid')).toBe(DEMO_MEMBERS.lynne);
    // Lynne reads nynorsk, but the notice is in the council's language either way; the link opens it as her.
    const html = await fetch(`${running.baseUrl}${path}`);
    expect(html.status).toBe(200);
    // A changed signature is refused in dev mode too, although a plain call there falls back to the demo secretary.
    const tampered = await fetch(`${running.baseUrl}${path.replace(/sig=[^&]+/, `sig=${'A'.repeat(43)}`)}`);
    expect(tampered.status).toBe(401);
  });
});
