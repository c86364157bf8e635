/** UI languages: bokmål (default), nynorsk, English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps a Teams/BCP 47 locale ("nb-NO", "nn-NO", "no", "en-US") to a UI language.
 * Anything Norwegian that is not explicitly nynorsk is bokmål.
 */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'en') return 'en';
  return undefined;
}
