import type { Language } from '../domain/language';

/** Text on cards, per language. TypeScript keeps the three catalogues in step. */
const nb = {
  helpTitle: 'Hei! Jeg er Utvalg',
  helpIntro:
    'Jeg hjelper brukerutvalget med møtene: saksforslag, oppmøte og skriftlige innspill. Skriv et av disse ordene til meg:',
  helpFooter: 'Sekretæren ser svarene dine i fanen «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikke registrert som medlem av et brukerutvalg ennå. Spør sekretæren om å bli lagt til.',
  somethingWentWrong: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
};
type CardTexts = typeof nb;

const nn: CardTexts = {
  helpTitle: 'Hei! Eg er Utvalg',
  helpIntro: 'Eg hjelper brukarutvalet med møta: saksforslag, oppmøte og skriftlege innspel. Skriv eitt av desse orda til meg:',
  helpFooter: 'Sekretæren ser svara dine i fana «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikkje registrert som medlem av eit brukarutval enno. Spør sekretæren om å bli lagd til.',
  somethingWentWrong: 'Orsak, noko gjekk gale hos meg. Prøv igjen om litt.',
};

const en: CardTexts = {
  helpTitle: "Hi! I'm Utvalg",
  helpIntro:
    'I help the user council with its meetings: agenda proposals, attendance and written input. Send me one of these words:',
  helpFooter: 'The secretary sees your answers in the "Utvalg" tab in the channel.',
  notMemberHint: 'You are not registered as a member of a user council yet. Ask the secretary to add you.',
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again shortly.',
};

const CATALOGUE: Record<Language, CardTexts> = { nb, nn, en };

export function cardTexts(language: Language): CardTexts {
  return CATALOGUE[language];
}
