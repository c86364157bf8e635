import { DEFAULT_LANGUAGE, isLanguage, languageFromLocale } from '../../../bot/src/domain/language';

describe('languageFromLocale', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['NB_no', 'nb'],
    ['nn-NO', 'nn'],
    ['nn', 'nn'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
  ])('maps %s to %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });

  it.each(['de-DE', 'sv-SE', 'se-NO', ''])('does not guess a language for %p', (locale) => {
    expect(languageFromLocale(locale)).toBeUndefined();
  });

  it('returns undefined when Teams sends no locale', () => {
    expect(languageFromLocale(undefined)).toBeUndefined();
  });
});

describe('isLanguage', () => {
  it('accepts exactly nb, nn and en', () => {
    expect(['nb', 'nn', 'en'].every(isLanguage)).toBe(true);
    expect(isLanguage('no')).toBe(false);
    expect(isLanguage('nb-NO')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('defaults to bokmål', () => {
    expect(DEFAULT_LANGUAGE).toBe('nb');
  });
});
