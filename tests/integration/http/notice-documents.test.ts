import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { anItem } from '../../support/storage-builders';
import { startTestApp, type RunningTestApp } from '../../support/test-app';
import { docxEntries, pdfInfo, pdfText } from '../../unit/documents/document-files';

const NOW = new Date('2026-03-10T09:00:00Z');
const SECRET = 'Hemmeligord';
const SECRET_LINK = 'https://nav.sharepoint.com/sites/bu/Hemmelig-vedlegg.docx';

describe('the notice as Word, PDF and HTML over HTTP (demo council, dev mode)', () => {
  let running: RunningTestApp;
  let upcoming: Meeting;
  beforeAll(async () => {
    running = await startTestApp({ clock: () => NOW });
    const { meetings } = (await (await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings`)).json()) as { meetings: Meeting[] };
    upcoming = meetings.find((m) => m.status === 'collecting')!;
    await running.app.deps.work.create(
      DEMO_COUNCIL_ID,
      'item',
      anItem(upcoming.id, 'exempt-item', 15, {
        title: `Klage fra ${SECRET}`,
        description: `Opplysninger om ${SECRET}`,
        responsible: SECRET,
        exempt: { legalBasis: 'offl. § 13 jf. NAV-loven § 7' },
        attachments: [{ title: `Vedlegg om ${SECRET}`, url: SECRET_LINK }],
      }),
    );
  });
  afterAll(() => running.close());

  function get(path: string, devUser?: string): Promise<Response> {
    return fetch(`${running.baseUrl}${path}`, { headers: devUser ? { 'X-Utvalg-Dev-User': devUser } : {} });
  }
  const notice = (format: string, query = '') =>
    `/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/notice.${format}${query}`;
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('gives a member the PDF to download, named by the meeting date, tagged and in the council language', async () => {
    const response = await get(notice('pdf'), DEMO_MEMBERS.adele);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const date = upcoming.startsAt.slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="innkalling-${date}.pdf"; filename*=UTF-8''innkalling-${date}.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = await bytes(response);
    const info = pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    // Not sent yet: marked as a draft, in the title and on the page.
    expect(info['Title']).toBe('Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark (Utkast)');
    const text = pdfText(pdf);
    expect(text).toContain('Utkast: innkallingen er ikke sendt ennå');
    expect(text).toContain('Godkjenning av innkalling og referat');
    expect(text).toContain(SECRET);
  });

  it('opens the HTML in the browser, with a policy that runs nothing', async () => {
    const response = await get(notice('html'), DEMO_MEMBERS.adele);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="innkalling-\d{4}-\d{2}-\d{2}\.html"/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toMatch(/<html lang="nb-NO">/);
  });

  it('writes the Word file in a chosen language', async () => {
    const response = await get(notice('docx', '?lang=nn'), DEMO_SECRETARY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const entries = await docxEntries(await bytes(response));
    expect(entries.get('word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
    expect(entries.get('word/document.xml')).toContain('Sakliste');
  });

  it('leaves everything of the exempt item but its legal basis out of the public version, in every form', async () => {
    for (const format of ['pdf', 'docx', 'html']) {
      const response = await get(notice(format, '?version=public'), DEMO_SECRETARY);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`-offentlig.${format}`);
      const body = await bytes(response);
      const readable =
        format === 'pdf'
          ? pdfText(body)
          : format === 'docx'
            ? [...(await docxEntries(body)).values()].join('\n')
            : body.toString('utf8');
      expect(readable).toContain('Unntatt offentlighet, offl. § 13 jf. NAV-loven § 7');
      expect([SECRET, SECRET_LINK].filter((s) => readable.includes(s) || body.toString('latin1').includes(s))).toEqual([]);
    }
  });

  it('refuses someone who is not a member of the council (403), and a version it does not know (400)', async () => {
    expect((await get(notice('pdf', '?version=public'), 'not-a-member')).status).toBe(403);
    const bad = await get(notice('pdf', '?version=secret'), DEMO_SECRETARY);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('version');
  });
});
