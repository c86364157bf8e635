import { DEFAULT_LANGUAGE, isLanguage, languageFromLocale, type Language } from '../../../bot/src/domain/language';

/** `?lang=nb|nn|en` overrides everything else (handy for testing and for members who prefer another language). */
export function languageFromQuery(search: string): Language | undefined {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : undefined;
}

/** The first language that is known: query override, the council's language, the Teams locale, bokmål. */
export function chooseLanguage(
  override: Language | undefined,
  councilLanguage: Language | undefined,
  teamsLocale: string | undefined,
): Language {
  return override ?? councilLanguage ?? languageFromLocale(teamsLocale) ?? DEFAULT_LANGUAGE;
}
