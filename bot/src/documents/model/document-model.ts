import type { Language } from '../../domain/language';

/**
 * One document as blocks, in the order they are read. The notice (innkalling)
 * is built as this today and the minutes (referat) become one more builder of
 * the same blocks; the Word, PDF and HTML renderers read only this, so the
 * three forms cannot drift. All text is final here (translated, formatted):
 * a renderer adds layout, never words.
 */
export interface DocumentModel {
  /** BCP 47 tag for spell-check and screen readers: nb-NO, nn-NO or en-GB. */
  languageTag: LanguageTag;
  /** Document title: the first heading and the file's title property. */
  title: string;
  /** The file's subject property. */
  subject: string;
  /** The file's author property: the council. */
  author: string;
  /** File name without extension, e.g. "innkalling-2027-01-13-offentlig". */
  fileName: string;
  /** "Side 2 av 5": the page footer, drawn as an artifact (not part of the text a screen reader reads). */
  pageLabel: (page: number, total: number) => string;
  blocks: Block[];
}

export type LanguageTag = 'nb-NO' | 'nn-NO' | 'en-GB';

/** Which version of a document: the full one for the council, or the public one (offentleglova). */
export type DocumentVersion = 'full' | 'public';

export const LANGUAGE_TAGS: Record<Language, LanguageTag> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A run of text; `href` makes it a link (http or https, checked when it was stored). */
export interface Inline {
  text: string;
  strong?: boolean;
  href?: string;
}

export interface ListItem {
  inlines: Inline[];
  /** One level of sub-items (e.g. the answers under a question). */
  children?: ListItem[];
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** `notice`: a marker the reader must not miss (Utkast, Offentlig versjon); `muted`: a remark. */
  | { type: 'paragraph'; inlines: Inline[]; tone?: 'notice' | 'muted' }
  | { type: 'list'; numbered: boolean; items: ListItem[] }
  /** Label and value pairs (Tid, Sted): a two-column table without header in Word and PDF, a <dl> in HTML. */
  | { type: 'facts'; rows: { term: string; value: Inline[] }[] }
  | { type: 'table'; columns: string[]; rows: string[][] };

/** Plain text in one run. */
export function plain(text: string): Inline[] {
  return [{ text }];
}

/** Text the council wrote as paragraphs: blank lines separate them; single line breaks stay inside one. */
export function paragraphsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The page label around its two numbers ("Side ", " av ", ""), for renderers
 * whose page numbers are fields (Word) rather than known numbers.
 */
export function pageLabelParts(doc: Pick<DocumentModel, 'pageLabel'>): [string, string, string] {
  const PAGE = 1234567;
  const TOTAL = 7654321;
  const label = doc.pageLabel(PAGE, TOTAL);
  const [before = '', rest = ''] = label.split(String(PAGE));
  const [between = '', after = ''] = rest.split(String(TOTAL));
  return [before, between, after];
}
