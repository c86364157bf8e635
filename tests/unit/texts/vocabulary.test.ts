import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * One word per concept per language (bot/src/texts/GLOSSARY.md), checked on the source: every string
 * literal and the text of every template literal under texts/nb and texts/nn, so messages that are
 * functions are read too. Comments, property names, import paths and string types are not texts.
 */
const TEXTS = path.join(__dirname, '../../../bot/src/texts');
/** The demo council `npm start` seeds (a bokmål council): its names, titles, agendas and minutes are texts people read too. */
const DEMO = ['demo-council.ts', 'demo-history.ts', 'demo-rows.ts'].map((file) =>
  path.join(__dirname, '../../../bot/src/dev', file),
);

/** Words that are bokmål only: a nynorsk text that has one is half bokmål. */
const BOKMAAL_ONLY = [
  ...['ikke', 'jeg', 'hva', 'hvem', 'hvordan', 'hvorfor', 'hvilket', 'hvilken', 'hvilke', 'hvor', 'hver', 'hvert'],
  ...['noen', 'noe', 'fra', 'mye', 'hvis', 'ennå', 'lagret', 'også', 'bare', 'mer', 'selv', 'kommer', 'være'],
  ...['gjøre', 'endret', 'møtene', 'ble', 'dere'],
];
/** Words that are nynorsk only: a bokmål text that has one is half nynorsk. */
const NYNORSK_ONLY = [
  ...['ikkje', 'eg', 'kva', 'kven', 'korleis', 'kvifor', 'kvar', 'kvart', 'nokon', 'noko', 'nokre', 'frå', 'mykje'],
  ...['enno', 'lagra', 'òg', 'berre', 'meir', 'sjølv', 'kjem', 'vere', 'gjere', 'endra', 'eit', 'eitt', 'ein', 'dei'],
  ...['fleire', 'byrjar', 'opne', 'heile', 'sjå'],
];

type TextLanguage = 'nb' | 'nn';

/** The glossary's "Words ruled out" table: stems a language must not use. */
function ruledOut(): Record<TextLanguage, string[]> {
  const glossary = readFileSync(path.join(TEXTS, 'GLOSSARY.md'), 'utf8');
  const section = glossary.split(/^## Words ruled out$/m)[1]?.split(/^## /m)[0] ?? '';
  const stems: Record<TextLanguage, string[]> = { nb: [], nn: [] };
  for (const row of section.split('\n')) {
    const cells = row.split('|').map((cell) => cell.trim());
    const language = cells[1];
    if (language !== 'nb' && language !== 'nn') continue;
    for (const stem of cells[2]!.split(',')) stems[language].push(stem.trim().replace(/\*$/, '').toLowerCase());
  }
  return stems;
}

interface Text {
  file: string;
  line: number;
  text: string;
}

/** The texts in one source file: string literals and template-literal text that is not a name or a path. */
function textsIn(file: string): Text[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Text[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({ file: path.relative(TEXTS, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node): void => {
    const parent = node.parent;
    const isName =
      parent !== undefined &&
      ((ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isImportDeclaration(parent) ||
        ts.isExportDeclaration(parent) ||
        ts.isLiteralTypeNode(parent) ||
        ts.isElementAccessExpression(parent));
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isName) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];

/** "nn/cards.ts:12 «ikke» in "…"": what a writer needs to find and fix the text. */
function violations(files: readonly string[], forbidden: readonly string[], stems: readonly string[]): string[] {
  return files.flatMap((file) =>
    textsIn(file).flatMap(({ file: name, line, text }) =>
      words(text)
        .filter((word) => forbidden.includes(word) || stems.some((stem) => word.startsWith(stem)))
        .map((word) => `${name}:${line} «${word}» in "${text}"`),
    ),
  );
}

describe('the vocabulary of the catalogues', () => {
  const stems = ruledOut();

  it('finds the texts it checks (the scan reads the catalogue sources)', () => {
    const nynorsk = filesUnder(path.join(TEXTS, 'nn')).flatMap(textsIn);
    expect(nynorsk.map((t) => t.text)).toContain('Eg kjem');
    // A message function's template text is read too.
    expect(nynorsk.some((t) => t.text.startsWith('Svaret ditt no: '))).toBe(true);
  });

  it('reads the ruled-out words from the glossary', () => {
    expect(stems.nn).toContain('saksliste');
    expect(stems.nb).toContain('sakliste');
  });

  it('has no bokmål-only word, and no word the glossary rules out, in a nynorsk text', () => {
    expect(violations(filesUnder(path.join(TEXTS, 'nn')), BOKMAAL_ONLY, stems.nn)).toEqual([]);
  });

  it('has no nynorsk-only word, and no word the glossary rules out, in a bokmål text', () => {
    expect(violations(filesUnder(path.join(TEXTS, 'nb')), NYNORSK_ONLY, stems.nb)).toEqual([]);
  });

  it('has no nynorsk-only word, and no word the glossary rules out, in the bokmål demo council', () => {
    expect(DEMO.flatMap((file) => textsIn(file).map((t) => t.text))).toEqual(
      expect.arrayContaining(['Eventuelt', 'Brukerpanel Notodden', 'Ingen saker.']),
    );
    expect(violations(DEMO, NYNORSK_ONLY, stems.nb)).toEqual([]);
  });
});
