import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { pageLabelParts, type Block, type DocumentModel, type Inline, type ListItem } from '../model/document-model';

/** A4 in twentieths of a point, and 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const NUMBERED = 'numbered-list';

const HEADINGS = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

/**
 * The document as Word (.docx): Title and Heading styles, real numbered and
 * bulleted lists, tables with a repeated header row, the language on every run
 * (the default run style) for spell-check and screen readers, and title,
 * author (the council) and subject as document properties. Nothing else goes
 * into the properties: no keywords, description or user names.
 */
export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  let listInstance = 0;
  const children: (Paragraph | Table)[] = doc.blocks.flatMap((block) => {
    if (block.type === 'list' && block.numbered) listInstance += 1;
    return blockParts(block, listInstance);
  });
  const [before, between, after] = pageLabelParts(doc);
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    lastModifiedBy: doc.author,
    styles: { default: { document: { run: { language: { value: doc.languageTag }, font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function blockParts(block: Block, listInstance: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs([{ text: block.text }]) })];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.inlines, { italics: block.tone === 'muted' }),
          ...(block.tone === 'notice' && {
            border: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
          }),
        }),
      ];
    case 'list':
      return block.items.flatMap((item) => listParagraphs(item, block.numbered, listInstance));
    case 'facts':
      return [
        table(
          block.rows.map((row) => [runs([{ text: row.term, strong: true }]), runs(row.value)]),
          false,
        ),
      ];
    case 'table':
      return [
        table(
          [
            block.columns.map((c) => runs([{ text: c, strong: true }])),
            ...block.rows.map((row) => row.map((cell) => runs([{ text: cell }]))),
          ],
          true,
        ),
      ];
  }
}

const BORDER = { style: 'single', size: 8, color: '000000', space: 4 } as const;

function listParagraphs(item: ListItem, numbered: boolean, instance: number): Paragraph[] {
  const own = new Paragraph({
    children: runs(item.inlines),
    ...(numbered ? { numbering: { reference: NUMBERED, level: 0, instance } } : { bullet: { level: 0 } }),
  });
  const children = (item.children ?? []).map((child) => new Paragraph({ children: runs(child.inlines), bullet: { level: 1 } }));
  return [own, ...children];
}

function table(rows: ParagraphChild[][][], withHeader: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          tableHeader: withHeader && index === 0,
          cantSplit: true,
          children: cells.map((content) => new TableCell({ children: [new Paragraph({ children: content })] })),
        }),
    ),
  });
}

/** Text runs; a line break inside the text becomes a Word line break, a link a hyperlink. */
function runs(inlines: readonly Inline[], style: { italics?: boolean } = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    const lines = inline.text.split('\n');
    const textRuns = lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: inline.strong === true,
          italics: style.italics === true,
          ...(inline.href !== undefined && { style: 'Hyperlink' }),
        }),
    );
    return inline.href === undefined ? textRuns : [new ExternalHyperlink({ link: inline.href, children: textRuns })];
  });
}
