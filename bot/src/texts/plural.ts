import type { Language } from '../domain/language';

/** The two cardinal forms bokmål, nynorsk and English have. */
export interface PluralForms {
  one: string;
  other: string;
}

// CLDR gives nb, nn and en the same cardinal rule (one: n = 1). Chromium ships no
// nynorsk locale data (see domain/date-format.ts), so nynorsk asks the bokmål rules.
const RULES: Record<Language, Intl.PluralRules> = {
  nb: new Intl.PluralRules('nb'),
  nn: new Intl.PluralRules('nb'),
  en: new Intl.PluralRules('en'),
};

/**
 * The form for `count` in `language`: the only way catalogues make plurals
 * (no hand-written `=== 1 ?`). Write `${count}` into the forms yourself.
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  return RULES[language].select(count) === 'one' ? forms.one : forms.other;
}
