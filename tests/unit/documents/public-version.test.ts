import { renderDocx } from '../../../bot/src/documents/render/render-docx';
import { renderHtml } from '../../../bot/src/documents/render/render-html';
import { renderPdf } from '../../../bot/src/documents/render/render-pdf';
import { allDocxText, pdfDecompressed, pdfInfo, pdfText } from './document-files';
import { buildNoticeDocument } from '../../../bot/src/documents/model/notice-document';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { SECRET, SECRET_URL, noticeDocument, noticePackage } from './notice-fixture';

/**
 * The fixture's exempt item (25/24) carries SECRET in its title, responsible,
 * description, attachment title and written input (question and answer), and
 * its attachment link is SECRET_URL. The full version must show them (so the
 * search below can find them at all); the public version must show none of
 * them anywhere: text, properties, zip entries or decompressed PDF streams.
 */
const NEEDLES = [SECRET, SECRET_URL, 'Hemmeligvedlegg', 'sykdom'];

function found(haystack: string): string[] {
  return NEEDLES.filter((needle) => haystack.includes(needle));
}

describe('the public version of the notice', () => {
  it('leaves the exempt item its number, public title and legal basis', async () => {
    const text = pdfText(await renderPdf(noticeDocument('public')));
    expect(text).toContain('25/24 Sak om en enkeltperson');
    expect(text).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(text).toContain('Offentlig versjon');
    // What is not exempt stays.
    expect(text).toContain('Vedlegg 1: Budsjett 2024');
    expect(text).toContain('Likepersonsarbeid først.');
  });

  it('says "Unntatt offentlegheit" in nynorsk when the secretary set no public title', () => {
    const doc = noticeDocument('public', 'nn');
    const html = renderHtml(doc);
    expect(html).toContain('<h3>25/24 Sak om en enkeltperson</h3>');
    const pkg = noticePackage({ language: 'nn' });
    const untitled = {
      ...pkg,
      agenda: pkg.agenda.map((item) => (item.exempt ? { ...item, exempt: { legalBasis: item.exempt.legalBasis } } : item)),
    };
    const nn = renderHtml(buildNoticeDocument({ pkg: untitled, version: 'public', language: 'nn', texts: textsFor('nn') }));
    expect(nn).toContain('<h3>25/24 Unntatt offentlegheit</h3>');
    expect(nn).toContain('Unntatt offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(found(nn)).toEqual([]);
  });

  it('the full version does contain the planted words (the search can find them)', async () => {
    const full = noticeDocument('full');
    expect(found(renderHtml(full))).toEqual(NEEDLES);
    expect(found(await allDocxText(await renderDocx(full)))).toEqual(NEEDLES);
    const pdf = await renderPdf(full);
    expect(found(pdfText(pdf))).toEqual(NEEDLES.filter((n) => n !== SECRET_URL && n !== 'Hemmeligvedlegg'));
    expect(pdfDecompressed(pdf)).toContain(SECRET_URL);
  });

  it('has none of the exempt content or apology reasons in the HTML', () => {
    expect(found(renderHtml(noticeDocument('public')))).toEqual([]);
  });

  it('has none of it in any entry of the .docx, properties and link relations included', async () => {
    expect(found(await allDocxText(await renderDocx(noticeDocument('public'))))).toEqual([]);
  });

  it('has none of it in the PDF text, its info or any decompressed stream or raw byte', async () => {
    const pdf = await renderPdf(noticeDocument('public'));
    expect(found(pdfText(pdf))).toEqual([]);
    expect(found(Object.values(pdfInfo(pdf)).join('\n'))).toEqual([]);
    expect(found(pdfDecompressed(pdf))).toEqual([]);
    expect(found(pdf.toString('latin1'))).toEqual([]);
  });
});
