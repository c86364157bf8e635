import { renderPdf } from '../../../bot/src/documents/render/render-pdf';
import { pdfDecompressed, pdfFonts, pdfInfo, pdfText } from './document-files';
import { noticeDocument } from './notice-fixture';

/** The catalog's MarkInfo dictionary, inline or behind a reference (qpdf --qdf output). */
function markInfo(raw: string): string {
  const inline = /\/MarkInfo\s*(<<[^>]*>>)/.exec(raw);
  if (inline) return inline[1]!;
  const ref = /\/MarkInfo (\d+) 0 R/.exec(raw);
  if (!ref) return '';
  return new RegExp(`\\n${ref[1]} 0 obj\\n(<<[\\s\\S]*?>>)\\nendobj`).exec(raw)?.[1] ?? '';
}

describe('the notice as a tagged PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(noticeDocument('full'));
  });

  it('is tagged, A4, titled and in bokmål', () => {
    const info = pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info['Title']).toBe('Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark');
    expect(info['Author']).toBe('Brukerutvalget i NAV Vestfold og Telemark');
    const raw = pdfDecompressed(pdf);
    expect(markInfo(raw)).toMatch(/\/Marked true/);
    expect(raw.includes('/StructTreeRoot')).toBe(true);
    expect(/\/Lang \(nb-NO\)/.test(raw)).toBe(true);
    expect(/\/DisplayDocTitle true/.test(raw)).toBe(true);
  });

  it('tags headings, paragraphs, lists and tables, and marks page numbers as artifacts', () => {
    const raw = pdfDecompressed(pdf);
    const types = ['Document', 'H1', 'H2', 'H3', 'H4', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD'];
    expect(types.filter((type) => !new RegExp(`/S /${type}\\b`).test(raw))).toEqual([]);
    expect(/\/Artifact <<\s*\/Type \/Pagination/.test(raw)).toBe(true);
  });

  it('embeds its fonts and no standard font, and the text keeps æ, ø and å', () => {
    const fonts = pdfFonts(pdf)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\b/);
    const text = pdfText(pdf);
    expect(text).toContain('Årsbudsjett for brukerrådet – økonomi og søknader');
    expect(text).toContain('Bjørn Ødegård');
    expect(text).toContain('onsdag 18. september 2024 kl. 10.00–12.30');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('lists the agenda in case-number order with its attachments numbered across the meeting', () => {
    const text = pdfText(pdf);
    const order = ['23/24', '24/24', '25/24', '26/24', '27/24'].map((n) => text.indexOf(`${n} `));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Vedlegg 1: Budsjett 2024');
    expect(text).toContain('Vedlegg 4: Forslag til møtedatoer & tider');
  });

  it('is nynorsk for a nynorsk council', async () => {
    const nn = await renderPdf(noticeDocument('full', 'nn'));
    expect(pdfDecompressed(nn)).toMatch(/\/Lang \(nn-NO\)/);
    const text = pdfText(nn);
    expect(text).toContain('Sakliste');
    expect(text).toContain('Kalla inn');
  });
});
