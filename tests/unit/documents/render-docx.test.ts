import { renderDocx } from '../../../bot/src/documents/render/render-docx';
import { docxEntries, docxParagraphs as paragraphs, numberingFormatOf as formatOf } from './document-files';
import { noticeDocument } from './notice-fixture';

describe('the notice as Word', () => {
  let entries: Map<string, string>;
  beforeAll(async () => {
    entries = await docxEntries(await renderDocx(noticeDocument('full')));
  });

  it('has title, author (the council) and subject as document properties', () => {
    const core = entries.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark</dc:title>');
    expect(core).toContain('<dc:creator>Brukerutvalget i NAV Vestfold og Telemark</dc:creator>');
    expect(core).toContain('<dc:subject>Innkalling og saksliste, møte onsdag 18. september 2024</dc:subject>');
  });

  it('sets the language for every run and the page to A4', () => {
    expect(entries.get('word/styles.xml')).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="nb-NO"\/>/);
    expect(entries.get('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('uses the Title and Heading styles, with the case numbers in order', () => {
    const ps = paragraphs(entries.get('word/document.xml') ?? '');
    expect(ps.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([
      'Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark',
    ]);
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Saksliste',
      'Skriftlige innspill',
      'Innkalt',
      'Forfall',
    ]);
    const items = ps.filter((p) => p.style === 'Heading2' && /^\d+\/24 /.test(p.text)).map((p) => p.text.split(' ')[0]);
    expect(items).toEqual(['23/24', '24/24', '25/24', '26/24', '27/24']);
    // User text stays text: the title with markup in it is one run of characters.
    expect(ps.some((p) => p.text === '26/24 Møtekalender 2025 <script>alert(1)</script>')).toBe(true);
  });

  it('writes the questions as a numbered list and the attachments as bullets', () => {
    const numbering = entries.get('word/numbering.xml') ?? '';
    const ps = paragraphs(entries.get('word/document.xml') ?? '');
    const questions = ps.filter((p) => p.text === 'Hva bør prioriteres?' || p.text === 'Hvilke søknader bør støttes?');
    expect(questions).toHaveLength(2);
    expect(questions[0]!.numId).toBeDefined();
    expect(questions[1]!.numId).toBe(questions[0]!.numId);
    expect(formatOf(numbering, questions[0]!.numId!)).toBe('decimal');
    const attachment = ps.find((p) => p.text === 'Vedlegg 1: Budsjett 2024');
    expect(formatOf(numbering, attachment?.numId ?? '')).toBe('bullet');
    expect(entries.get('word/_rels/document.xml.rels')).toContain('Target="https://nav.sharepoint.com/sites/bu/budsjett.pdf"');
  });

  it('puts who is called in a table with a repeated header row, and numbers pages in the footer', () => {
    const xml = entries.get('word/document.xml') ?? '';
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toContain('Varamedlem møter: Per Vara');
    const footer = [...entries.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toContain('Side ');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('is nynorsk for a nynorsk council', async () => {
    const nn = await docxEntries(await renderDocx(noticeDocument('full', 'nn')));
    expect(nn.get('word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
    const headings = paragraphs(nn.get('word/document.xml') ?? '').filter((p) => p.style === 'Heading1');
    expect(headings.map((p) => p.text)).toEqual(['Sakliste', 'Skriftlege innspel', 'Kalla inn', 'Forfall']);
  });
});
