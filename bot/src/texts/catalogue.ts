import type { Language } from '../domain/language';
import * as en from './en';
import * as nb from './nb';
import * as nn from './nn';

/**
 * Every text Utvalg shows (tab, cards, documents), namespaced by area: a
 * language's catalogue is its folder's module, one export a section. Bokmål is
 * the reference: the sections of `nn` and `en` are typed from `Catalogue`, so a
 * missing or extra key, or a message with other parameter types, fails
 * `npm run typecheck` (tests/unit/texts/catalogue.test.ts also compares
 * arities, which TypeScript lets differ).
 */
export type Catalogue = typeof nb;

const CATALOGUES: Record<Language, Catalogue> = { nb, nn, en };

// Compile-time check that no language has a section bokmål lacks (a missing one fails CATALOGUES above).
type ExtraSections<L> = Exclude<keyof L, keyof Catalogue>;
export type NoExtraSections = [ExtraSections<typeof nn>, ExtraSections<typeof en>] extends [never, never] ? true : never;
const _noExtraSections: NoExtraSections = true;
void _noExtraSections;

/** The catalogue for one language. */
export function textsFor(language: Language): Catalogue {
  return CATALOGUES[language];
}
