import { renderDocx } from '../../../bot/src/documents/render/render-docx';
import { renderHtml } from '../../../bot/src/documents/render/render-html';
import { renderPdf } from '../../../bot/src/documents/render/render-pdf';
import { allDocxText, docxEntries, docxParagraphs, numberingFormatOf, pdfDecompressed, pdfInfo, pdfText } from './document-files';
import { ALLOWED_REASON, PRIVATE_REASON, SECRET, SECRET_URL, minutesDocument } from './minutes-fixture';

/**
 * The minutes in the three forms, opened as a reader's tools open them, and
 * the public version searched everywhere for the exempt item 25/24: SECRET is
 * in its title, responsible, notes, Q&A, decision, written input, follow-up and
 * amendment; the apology reason the member allowed into the council's own
 * minutes stays out of the public ones too.
 */
const NEEDLES = [SECRET, SECRET_URL, 'Hemmeligvedlegg', ALLOWED_REASON, PRIVATE_REASON];
const found = (haystack: string): string[] => NEEDLES.filter((needle) => haystack.includes(needle));

describe('the minutes as Word', () => {
  let entries: Map<string, string>;
  beforeAll(async () => {
    entries = await docxEntries(await renderDocx(minutesDocument('full')));
  });

  it('has title, author and subject as properties, bokmål on every run, A4', () => {
    const core = entries.get('docProps/core.xml') ?? '';
    expect(core).toContain(
      '<dc:title>Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024</dc:title>',
    );
    expect(core).toContain('<dc:creator>Brukerutvalget i NAV Vestfold og Telemark</dc:creator>');
    expect(core).toContain('<dc:subject>Referat, møte onsdag 18. september 2024</dc:subject>');
    expect(entries.get('word/styles.xml')).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="nb-NO"\/>/);
    expect(entries.get('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('uses Title and Heading styles with the items in case-number order, bullets for people, tables for follow-ups', () => {
    const ps = docxParagraphs(entries.get('word/document.xml') ?? '');
    const h1 = ps.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1.slice(0, 2)).toEqual(['Til stede', 'Forfall']);
    expect(h1.filter((t) => t.startsWith('Sak ')).map((t) => t.split(' ')[1])).toEqual([
      '23/24',
      '24/24',
      '25/24',
      '26/24',
      '27/24',
    ]);
    expect(h1.slice(-2)).toEqual(['Neste møte', 'Referent']);
    expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Vedtak', 'Spørsmål og kommentarer', 'Oppfølging', 'Rettelser etter godkjenning']),
    );
    const present = ps.find((p) => p.text === 'Merete Bergan, leder – FFO');
    expect(numberingFormatOf(entries.get('word/numbering.xml') ?? '', present?.numId ?? '')).toBe('bullet');
    const xml = entries.get('word/document.xml') ?? '';
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toContain('Sende strategien på høring');
  });

  it('is marked Utkast until approved, in the title property and the heading', async () => {
    const draft = await docxEntries(await renderDocx(minutesDocument('full', 'nb', { approved: false })));
    expect(draft.get('docProps/core.xml')).toContain(
      '<dc:title>Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024 (Utkast)</dc:title>',
    );
    const ps = docxParagraphs(draft.get('word/document.xml') ?? '');
    expect(ps.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([
      'Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024 (Utkast)',
    ]);
    expect(ps.some((p) => p.text.startsWith('Utkast: referatet er ikke godkjent'))).toBe(true);
  });

  it('is nynorsk for a nynorsk council', async () => {
    const nn = await docxEntries(await renderDocx(minutesDocument('full', 'nn')));
    expect(nn.get('word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
    const h1 = docxParagraphs(nn.get('word/document.xml') ?? '')
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(h1.slice(0, 2)).toEqual(['Til stades', 'Forfall']);
    expect(h1).toContain('Opne oppfølgingspunkt frå tidlegare møte');
  });
});

describe('the minutes as a tagged PDF and as HTML', () => {
  it('is a tagged A4 PDF with its title, language and æøå', async () => {
    const pdf = await renderPdf(minutesDocument('full', 'nb', { approved: false }));
    const info = pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info['Title']).toBe('Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024 (Utkast)');
    expect(pdfDecompressed(pdf)).toMatch(/\/Lang \(nb-NO\)/);
    const text = pdfText(pdf);
    expect(text).toContain('Utkast: referatet er ikke godkjent');
    expect(text).toContain('Øyvind Hagen, medlem – Quality Hotel Tønsberg');
    expect(text).toContain('Strategi for brukermedvirkning – årshjul');
    const order = ['23/24', '24/24', '25/24', '26/24', '27/24'].map((n) => text.indexOf(`Sak ${n} `));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('declares its language in the HTML, nynorsk for a nynorsk council', () => {
    expect(renderHtml(minutesDocument('full'))).toMatch(/^<!doctype html>\n<html lang="nb-NO">/);
    const nn = renderHtml(minutesDocument('full', 'nn'));
    expect(nn).toContain('<html lang="nn-NO">');
    expect(nn).toContain('<h2>Til stades</h2>');
  });
});

describe('the public version of the minutes', () => {
  it('keeps the exempt item’s number with its public title and legal basis, and what is not exempt', () => {
    const html = renderHtml(minutesDocument('public'));
    expect(html).toContain('<h2>Sak 25/24 Sak om en enkeltperson</h2>');
    expect(html).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(html).toContain('Utkastet sendes på høring til NAV-lederne i regionen.');
    expect(html).toContain('Øyvind Hagen, medlem – Quality Hotel Tønsberg (forfall)');
    expect(html).toContain('– Offentlig versjon');
  });

  it('the full version does contain the planted words (the search can find them)', async () => {
    const full = minutesDocument('full');
    // The minutes carry no attachment links; the public search looks for them all the same.
    const inFull = NEEDLES.filter((n) => n !== SECRET_URL && n !== 'Hemmeligvedlegg' && n !== PRIVATE_REASON);
    expect(found(renderHtml(full))).toEqual(inFull);
    expect(found(await allDocxText(await renderDocx(full)))).toEqual(inFull);
    expect(found(pdfText(await renderPdf(full)))).toEqual(inFull);
  });

  it('has none of it in the HTML', () => {
    expect(found(renderHtml(minutesDocument('public')))).toEqual([]);
  });

  it('has none of it in any entry of the .docx, properties and link relations included', async () => {
    expect(found(await allDocxText(await renderDocx(minutesDocument('public'))))).toEqual([]);
    expect(found(await allDocxText(await renderDocx(minutesDocument('public', 'nn', { approved: false }))))).toEqual([]);
  });

  it('has none of it in the PDF text, info, any decompressed stream or raw byte', async () => {
    const pdf = await renderPdf(minutesDocument('public'));
    expect(found(pdfText(pdf))).toEqual([]);
    expect(found(Object.values(pdfInfo(pdf)).join('\n'))).toEqual([]);
    expect(found(pdfDecompressed(pdf))).toEqual([]);
    expect(found(pdf.toString('latin1'))).toEqual([]);
  });
});
