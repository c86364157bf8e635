import type { Block, DocumentModel, Inline, ListItem } from '../model/document-model';

/**
 * Printable HTML of a document: `lang` set, A4 print CSS, no script. Every
 * piece of user text goes through `escapeHtml` (text and attribute alike);
 * nothing from the model is ever written as markup.
 */
export function renderHtml(doc: DocumentModel): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.languageTag)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<meta name="author" content="${escapeHtml(doc.author)}">`,
    `<meta name="description" content="${escapeHtml(doc.subject)}">`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...doc.blocks.map(blockHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Page numbers are added by the browser's print header/footer; the CSS only sets A4 and keeps things together. */
const PRINT_CSS = `
:root { color: #000; background: #fff; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; line-height: 1.45; }
body { margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 0.6rem; border-bottom: 1px solid #000; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
h4 { font-size: 1rem; margin: 0.8rem 0 0.2rem; }
p, li, dd, td { white-space: pre-line; }
p, li, dd, td, th { overflow-wrap: anywhere; hyphens: auto; }
p { margin: 0.3rem 0; }
.notice { border: 2px solid #000; padding: 0.4rem 0.6rem; }
.muted { color: #333; font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
a { color: #000; }
/* A phone (320 px): less room around the text, so the table of who is called fits without scrolling sideways. */
@media (max-width: 30rem) { main { padding: 1rem 0.75rem; } th, td { padding: 0.2rem; } }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  main { max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  li, tr, dl { break-inside: avoid; page-break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
}
`;

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const cls = block.tone === undefined ? '' : ` class="${block.tone}"`;
      return `<p${cls}>${inlinesHtml(block.inlines)}</p>`;
    }
    case 'list':
      return listHtml(block.items, block.numbered);
    case 'facts':
      return `<dl class="facts">${block.rows
        .map((row) => `<dt>${escapeHtml(row.term)}</dt><dd>${inlinesHtml(row.value)}</dd>`)
        .join('')}</dl>`;
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('');
  }
}

function listHtml(items: readonly ListItem[], numbered: boolean): string {
  const tag = numbered ? 'ol' : 'ul';
  const lis = items.map(
    (item) => `<li>${inlinesHtml(item.inlines)}${item.children?.length ? listHtml(item.children, false) : ''}</li>`,
  );
  return `<${tag}>${lis.join('')}</${tag}>`;
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      let html = escapeHtml(inline.text);
      if (inline.strong) html = `<strong>${html}</strong>`;
      if (inline.href !== undefined) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

/** Text as HTML text or attribute value: the five characters that could start markup or end an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
