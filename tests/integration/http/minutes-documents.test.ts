import { randomUUID } from 'node:crypto';
import type { MeetingMinutes } from '../../../bot/src/domain/minutes';
import { emptyMinutesItem } from '../../../bot/src/domain/minutes';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { aCouncil, aMeeting, aMember, anAttendance, anItem, standardItems } from '../../support/storage-builders';
import { startTestApp, type RunningTestApp } from '../../support/test-app';
import { allDocxText, docxEntries, pdfDecompressed, pdfInfo, pdfText } from '../../unit/documents/document-files';

/**
 * The minutes as Word, PDF and HTML over real HTTP on Azurite, for a nynorsk
 * council: who may download a draft (as the minutes view), a clear 404 before
 * the meeting is held, and a public version with nothing of the exempt item
 * in any form. The exempt item's every field carries SECRET.
 */
const NOW = new Date('2026-09-20T10:00:00Z');
const SECRET = 'Hemmelegord';
const SECRET_LINK = 'https://nav.sharepoint.com/sites/bu/Hemmeleg-vedlegg.docx';
const SECRETARY = 'md-secretary';
const MEMBER = 'md-member';

describe('the minutes as Word, PDF and HTML over HTTP', () => {
  let running: RunningTestApp;
  const councilId = `c-${randomUUID().slice(0, 8)}`;
  const heldId = `m-held-${randomUUID().slice(0, 8)}`;
  const upcomingId = `m-next-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    running = await startTestApp({ seed: false, clock: () => NOW });
    const { deps } = running.app;
    await deps.councils.create(
      aCouncil(councilId, { tenantId: DEMO_TENANT_ID, name: 'Brukarutvalet i Vestland', language: 'nn' }),
    );
    await deps.members.create(
      aMember(councilId, SECRETARY, { tenantId: DEMO_TENANT_ID, role: 'secretary', name: 'Siri Skrivar' }),
    );
    await deps.members.create(aMember(councilId, MEMBER, { tenantId: DEMO_TENANT_ID, name: 'Åse Ødegård', organisation: 'FFO' }));
    await deps.meetings.create(aMeeting(councilId, heldId, '2026-09-16', { status: 'minutesDraft', place: 'NAV Bergen' }));
    await deps.meetings.create(aMeeting(councilId, upcomingId, '2026-11-18', { status: 'collecting' }));
    const at = '2026-09-16T11:00:00.000Z';
    const minutes: MeetingMinutes = {
      meetingId: heldId,
      heldAt: at,
      heldBy: SECRETARY,
      attendance: [
        { memberId: SECRETARY, presence: 'inPerson', answered: 'attend' },
        { memberId: MEMBER, presence: 'apologies', answered: 'apologies' },
      ],
      minuteTakerId: SECRETARY,
      amendments: [],
    };
    await deps.work.apply(councilId, heldId, [
      ...standardItems(heldId).map((value, n) => ({
        op: 'create' as const,
        kind: 'item' as const,
        value: { ...value, caseNumber: { year: 2026, sequence: n === 0 ? 23 : 25 } },
      })),
      {
        op: 'create',
        kind: 'item',
        value: anItem(heldId, 'klage', 10, {
          title: `Klage frå ${SECRET}`,
          responsible: SECRET,
          description: `Opplysningar om ${SECRET}`,
          caseNumber: { year: 2026, sequence: 24 },
          exempt: { legalBasis: 'offl. § 13 jf. NAV-loven § 7' },
          attachments: [{ title: `Vedlegg om ${SECRET}`, url: SECRET_LINK }],
        }),
      },
      { op: 'create', kind: 'attendance', value: anAttendance(heldId, MEMBER, { kind: 'apologies', reason: 'sjukdom' }) },
      { op: 'create', kind: 'minutes', value: minutes },
      {
        op: 'create',
        kind: 'minutesItem',
        value: {
          ...emptyMinutesItem(heldId, 'klage', at, SECRETARY),
          notes: `Utvalet drøfta saka om ${SECRET}.`,
          qa: [{ name: 'Åse Ødegård', text: `Kva veit vi om ${SECRET}?` }],
          decision: `Klaga frå ${SECRET} vert send vidare.`,
        },
      },
    ]);
    await deps.followUps.create({
      id: 'fu-klage',
      councilId,
      meetingId: heldId,
      meetingStartsAt: '2026-09-16T08:00:00.000Z',
      itemId: 'klage',
      responsibleId: SECRETARY,
      what: `Svare ${SECRET}`,
      due: '2026-10-01',
      status: 'open',
      createdBy: SECRETARY,
      createdAt: at,
    });
  });
  afterAll(() => running.close());

  const get = (path: string, user: string) => fetch(`${running.baseUrl}${path}`, { headers: { 'X-Utvalg-Dev-User': user } });
  const minutesOf = (meetingId: string, format: string, query = '') =>
    `/api/councils/${councilId}/meetings/${meetingId}/minutes.${format}${query}`;
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('gives the secretary the draft as a tagged PDF in nynorsk, marked Utkast, named by the meeting date', async () => {
    const response = await get(minutesOf(heldId, 'pdf'), SECRETARY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="referat-2026-09-16.pdf"; filename*=UTF-8''referat-2026-09-16.pdf`,
    );
    const pdf = await bytes(response);
    const info = pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('Referat frå møte i Brukarutvalet i Vestland 16. september 2026 (Utkast)');
    expect(pdfDecompressed(pdf)).toMatch(/\/Lang \(nn-NO\)/);
    const text = pdfText(pdf);
    expect(text).toContain('Til stades');
    expect(text).toContain('Åse Ødegård, medlem – FFO (forfall)');
    // The reason was not allowed into the minutes.
    expect(text).not.toContain('sjukdom');
    expect(text).toContain(`Utvalet drøfta saka om ${SECRET}.`);
  });

  it('lets a member read the draft only once it is sent for approval, as the minutes view does', async () => {
    const before = await get(minutesOf(heldId, 'html'), MEMBER);
    expect(before.status).toBe(403);
    const { deps } = running.app;
    const row = (await deps.work.load(councilId, heldId)).minutes[0]!;
    await deps.work.apply(councilId, heldId, [
      {
        op: 'update',
        kind: 'minutes',
        etag: row.etag,
        value: {
          ...row.value,
          sentForApproval: { at: NOW.toISOString(), by: SECRETARY, channelPost: { state: 'noChannel', at: NOW.toISOString() } },
        },
      },
    ]);
    const after = await get(minutesOf(heldId, 'html'), MEMBER);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-disposition')).toMatch(/^inline; filename="referat-2026-09-16\.html"/);
    expect(after.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await after.text()).toMatch(/<html lang="nn-NO">/);
  });

  it('writes the Word file in a chosen language', async () => {
    const response = await get(minutesOf(heldId, 'docx', '?lang=en'), SECRETARY);
    expect(response.status).toBe(200);
    const entries = await docxEntries(await bytes(response));
    expect(entries.get('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(entries.get('docProps/core.xml')).toContain(
      '<dc:title>Minutes of the meeting of Brukarutvalet i Vestland, 16 September 2026 (Draft)</dc:title>',
    );
  });

  it('leaves everything of the exempt item but its number and legal basis out of the public version, in every form', async () => {
    for (const format of ['pdf', 'docx', 'html']) {
      const response = await get(minutesOf(heldId, format, '?version=public'), SECRETARY);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`referat-2026-09-16-offentleg.${format}`);
      const body = await bytes(response);
      const readable =
        format === 'pdf'
          ? `${pdfText(body)}\n${pdfDecompressed(body)}`
          : format === 'docx'
            ? await allDocxText(body)
            : body.toString('utf8');
      expect(readable).toContain('Unntatt offentlegheit, offl. § 13 jf. NAV-loven § 7');
      expect(readable).toContain('24/26 Unntatt offentlegheit');
      expect([SECRET, SECRET_LINK, 'sjukdom'].filter((s) => readable.includes(s) || body.toString('latin1').includes(s))).toEqual(
        [],
      );
    }
  });

  it('answers 404 before the meeting is held, 403 to someone not in the council, 400 for a version it does not know', async () => {
    const notHeld = await get(minutesOf(upcomingId, 'pdf'), SECRETARY);
    expect(notHeld.status).toBe(404);
    expect(((await notHeld.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'notFound',
      message: 'minutes was not found',
    });
    expect((await get(minutesOf(heldId, 'pdf', '?version=public'), 'not-a-member')).status).toBe(403);
    const bad = await get(minutesOf(heldId, 'docx', '?version=secret'), SECRETARY);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('version');
  });
});
