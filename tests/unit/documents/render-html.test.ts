import { renderHtml } from '../../../bot/src/documents/render/render-html';
import { noticeDocument } from './notice-fixture';

describe('the notice as printable HTML', () => {
  const html = renderHtml(noticeDocument('full'));

  it('declares its language and title', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb-NO">/);
    expect(html).toContain('<title>Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark</title>');
    expect(renderHtml(noticeDocument('full', 'nn'))).toContain('<html lang="nn-NO">');
    expect(renderHtml(noticeDocument('full', 'en'))).toContain('<html lang="en-GB">');
  });

  it('escapes user text: a title with markup is shown, not run', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h3>26/24 Møtekalender 2025 &lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(html).toContain('Forslag til møtedatoer &amp; tider');
  });

  it('prints on A4 with headings kept with what follows, and links with their address', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/@media print \{[\s\S]*break-after: avoid/);
    expect(html).toContain('a[href^="http"]::after');
    expect(html).toContain('<a href="https://nav.sharepoint.com/sites/bu/budsjett.pdf">Budsjett 2024</a>');
  });

  it('has the same structure as the other forms: headings, lists, the table of who is called', () => {
    const h2 = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(['Saksliste', 'Skriftlige innspill', 'Innkalt', 'Forfall']);
    expect(html).toContain(
      '<ol><li>Hva bør prioriteres?<ul><li><strong>Kari Nordmann: </strong>Likepersonsarbeid først.</li></ul></li>',
    );
    expect(html).toContain('<th scope="col">Navn</th>');
    expect(html).toContain('<dt>Tid</dt><dd>onsdag 18. september 2024 kl. 10.00–12.30</dd>');
  });
});
