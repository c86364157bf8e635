import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, Inline, ListItem } from '../model/document-model';

/** DejaVu Sans (Bitstream Vera licence, fonts/LICENSE.txt), embedded as a subset: æ, ø, å and the rest. */
const FONT_DIR = path.join(__dirname, '..', 'fonts');

/**
 * The two fonts, read and parsed once per process rather than once per
 * document (pdfkit parses a font given as a path or bytes every time, which
 * was most of a document's time: notes in docs/performance.md). pdfkit takes
 * a parsed fontkit font as it is and makes its own subset per document; the
 * font object only caches what it has read. Sharing it is safe because a
 * document is drawn and its fonts embedded without awaiting anything between.
 */
let fonts: { regular: Font; bold: Font } | undefined;
function sharedFonts(): { regular: string; bold: string } {
  fonts ??= {
    regular: parseTrueType('DejaVuSans.ttf'),
    bold: parseTrueType('DejaVuSans-Bold.ttf'),
  };
  // @types/pdfkit types a font as a path or bytes (the default font as a path only); pdfkit 0.20 also
  // takes a parsed font, anything with `layout` (PDFFontFactory.open in node_modules/pdfkit/js/pdfkit.js).
  return fonts as unknown as { regular: string; bold: string };
}

function parseTrueType(file: string): Font {
  const font = parseFont(readFileSync(path.join(FONT_DIR, file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}

const MARGIN = 56.7; // 2 cm in points
const SIZES = { 1: 18, 2: 14, 3: 12, 4: 11 } as const;
const BODY = 10.5;
const LABEL_WIDTH = 18;
const FACT_TERM_WIDTH = 110;

type Pdf = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/**
 * The document as an accessible PDF (PDF/UA, for WCAG): tagged (H1–H4, P, L/LI/Lbl/LBody,
 * Table/TR/TH/TD), the language and title set and the title shown in the
 * window, fonts embedded, A4, and page numbers drawn as pagination artifacts
 * so a screen reader skips them. Made on the server without a browser.
 */
export function renderPdf(doc: DocumentModel): Promise<Buffer> {
  const { regular, bold } = sharedFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    // @types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 also has PDF/UA.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: doc.languageTag,
    displayTitle: true,
    bufferPages: true,
    // The embedded font from the first page on, so no unembedded Helvetica is ever referenced.
    font: regular,
    info: { Title: doc.title, Author: doc.author, Subject: doc.subject, Creator: 'Utvalg', Producer: 'Utvalg' },
  });
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  for (const block of doc.blocks) drawBlock(pdf, root, block);
  root.end();
  drawPageNumbers(pdf, doc);
  pdf.end();
  return done;
}

/** A header cell's scope (pdfkit 0.20 writes it as a Table attribute; @types/pdfkit does not list it). */
function headerScope(scope: 'Row' | 'Column'): PDFKit.Mixins.StructureElementOptions {
  return { scope } as PDFKit.Mixins.StructureElementOptions;
}

function width(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

function drawBlock(pdf: Pdf, parent: Element, block: Block): void {
  const left = pdf.page.margins.left;
  switch (block.type) {
    case 'heading': {
      pdf.moveDown(block.level <= 2 ? 0.8 : 0.5);
      // A heading at the foot of a page goes to the next one with what it introduces.
      if (pdf.y + SIZES[block.level] * 4 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
      parent.add(
        pdf.struct(`H${block.level}`, {}, () => {
          pdf
            .font('bold')
            .fontSize(SIZES[block.level])
            .text(block.text, left, pdf.y, { width: width(pdf) });
        }),
      );
      pdf.moveDown(0.2);
      return;
    }
    case 'paragraph':
      parent.add(
        pdf.struct('P', {}, () => {
          writeInlines(pdf, block.inlines, left, pdf.y, width(pdf));
        }),
      );
      pdf.moveDown(0.3);
      return;
    case 'list': {
      const list = pdf.struct('L');
      parent.add(list);
      block.items.forEach((item, index) => drawListItem(pdf, list, item, block.numbered ? `${index + 1}.` : '•', 0));
      list.end();
      pdf.moveDown(0.3);
      return;
    }
    case 'facts': {
      const table = pdf.struct('Table');
      parent.add(table);
      for (const row of block.rows) {
        const tr = pdf.struct('TR');
        table.add(tr);
        const y = startRow(pdf, row.value.map((i) => i.text).join(''), width(pdf) - FACT_TERM_WIDTH);
        tr.add(
          pdf.struct('TH', headerScope('Row'), () =>
            writeInlines(pdf, [{ text: row.term, strong: true }], left, y, FACT_TERM_WIDTH - 6),
          ),
        );
        const afterTerm = pdf.y;
        tr.add(pdf.struct('TD', {}, () => writeInlines(pdf, row.value, left + FACT_TERM_WIDTH, y, width(pdf) - FACT_TERM_WIDTH)));
        pdf.y = Math.max(pdf.y, afterTerm);
        tr.end();
      }
      table.end();
      pdf.moveDown(0.4);
      return;
    }
    case 'table':
      drawTable(pdf, parent, block.columns, block.rows);
      return;
  }
}

function drawListItem(pdf: Pdf, list: Element, item: ListItem, label: string, depth: number): void {
  const x = pdf.page.margins.left + depth * LABEL_WIDTH;
  const bodyWidth = width(pdf) - (depth + 1) * LABEL_WIDTH;
  const y = startRow(pdf, item.inlines.map((i) => i.text).join(''), bodyWidth);
  const li = pdf.struct('LI');
  list.add(li);
  li.add(
    pdf.struct('Lbl', {}, () => pdf.font('regular').fontSize(BODY).text(label, x, y, { width: LABEL_WIDTH, lineBreak: false })),
  );
  const body = pdf.struct('LBody');
  li.add(body);
  body.add(pdf.struct('P', {}, () => writeInlines(pdf, item.inlines, x + LABEL_WIDTH, y, bodyWidth)));
  if (item.children?.length) {
    const sub = pdf.struct('L');
    body.add(sub);
    for (const child of item.children) drawListItem(pdf, sub, child, '–', depth + 1);
    sub.end();
  }
  body.end();
  li.end();
}

/** Where a row starts: here, or on a new page when not even its first line fits. */
function startRow(pdf: Pdf, firstText: string, rowWidth: number): number {
  pdf.font('regular').fontSize(BODY);
  const lineHeight = Math.min(pdf.heightOfString(firstText || ' ', { width: rowWidth }), pdf.currentLineHeight(true) * 2);
  if (pdf.y + lineHeight > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  return pdf.y;
}

function drawTable(pdf: Pdf, parent: Element, columns: readonly string[], rows: readonly string[][]): void {
  const left = pdf.page.margins.left;
  const columnWidth = width(pdf) / columns.length;
  const pad = 3;
  const table = pdf.struct('Table');
  parent.add(table);
  const drawRow = (cells: readonly string[], header: boolean) => {
    pdf.font(header ? 'bold' : 'regular').fontSize(BODY);
    const height = Math.max(...cells.map((c) => pdf.heightOfString(c || ' ', { width: columnWidth - 2 * pad }))) + 2 * pad;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    const tr = pdf.struct('TR');
    table.add(tr);
    cells.forEach((cell, i) => {
      const x = left + i * columnWidth;
      tr.add(
        pdf.struct(header ? 'TH' : 'TD', header ? headerScope('Column') : {}, () => {
          pdf
            .font(header ? 'bold' : 'regular')
            .fontSize(BODY)
            .text(cell, x + pad, y + pad, { width: columnWidth - 2 * pad });
        }),
      );
    });
    tr.end();
    // Cell borders are decoration, not content.
    pdf.markContent('Artifact', { type: 'Layout' });
    cells.forEach((_cell, i) =>
      pdf
        .rect(left + i * columnWidth, y, columnWidth, height)
        .lineWidth(0.5)
        .stroke(),
    );
    pdf.endMarkedContent();
    pdf.x = left;
    pdf.y = y + height;
  };
  drawRow(columns, true);
  for (const row of rows) drawRow(row, false);
  table.end();
  pdf.moveDown(0.4);
}

/** Runs of text in one paragraph: bold where strong, links as link annotations. */
function writeInlines(pdf: Pdf, inlines: readonly Inline[], x: number, y: number, w: number): void {
  if (inlines.length === 0) return;
  inlines.forEach((inline, i) => {
    const last = i === inlines.length - 1;
    pdf.font(inline.strong ? 'bold' : 'regular').fontSize(BODY);
    const options: PDFKit.Mixins.TextOptions = { width: w, continued: !last };
    if (inline.href !== undefined) Object.assign(options, { link: inline.href, underline: true });
    else Object.assign(options, { link: null, underline: false });
    if (i === 0) pdf.text(inline.text, x, y, options);
    else pdf.text(inline.text, options);
  });
  pdf.x = pdf.page.margins.left;
}

/** "Side 1 av 3" at the foot of every page, as a pagination artifact (outside the structure tree). */
function drawPageNumbers(pdf: Pdf, doc: DocumentModel): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font('regular')
      .fontSize(9)
      .text(doc.pageLabel(i - start + 1, count), pdf.page.margins.left, pdf.page.height - bottom / 2 - 5, {
        width: width(pdf),
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}
