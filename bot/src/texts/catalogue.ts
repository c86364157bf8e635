import type { Language } from '../domain/language';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

/**
 * Every text Utvalg shows (tab, cards, documents), namespaced by area. Bokmål is
 * the reference: `nn` and `en` are typed as `Catalogue`, so a missing or extra
 * key, or a message with other parameter types, fails `npm run typecheck`
 * (tests/unit/texts/catalogue.test.ts also compares arities, which TypeScript
 * lets differ).
 */
export type Catalogue = typeof nb;

const CATALOGUES: Record<Language, Catalogue> = { nb, nn, en };

/** The catalogue for one language. */
export function textsFor(language: Language): Catalogue {
  return CATALOGUES[language];
}
