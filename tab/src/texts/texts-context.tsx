import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../bot/src/domain/language';
import { textsFor, type Catalogue } from '../../../bot/src/texts/catalogue';

interface TextsValue {
  language: Language;
  texts: Catalogue;
}

const TextsContext = createContext<TextsValue | undefined>(undefined);

/** Gives every component below the texts of one language, chosen once by the shell. */
export function TextsProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, texts: textsFor(language) }), [language]);
  return <TextsContext.Provider value={value}>{children}</TextsContext.Provider>;
}

function useTextsValue(): TextsValue {
  const value = useContext(TextsContext);
  // A component drawn outside the provider would otherwise show bokmål silently in a nynorsk council.
  if (!value) throw new Error('useTexts() needs a <TextsProvider> above it');
  return value;
}

/** Every text of the tab, in the chosen language. */
export function useTexts(): Catalogue {
  return useTextsValue().texts;
}

/** The chosen language, for what the catalogue does not word: dates, sorting, `lang` attributes. */
export function useLanguage(): Language {
  return useTextsValue().language;
}
