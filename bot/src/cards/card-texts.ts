import type { Language } from '../domain/language';

/** Text on cards, per language. TypeScript keeps the three catalogues in step. */
const nb = {
  helpTitle: 'Hei! Jeg er Utvalg',
  helpIntro:
    'Jeg hjelper brukerutvalget med møtene: saksforslag, oppmøte og skriftlige innspill. Skriv et av disse ordene til meg:',
  helpFooter: 'Sekretæren ser svarene dine i fanen «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikke registrert som medlem av et brukerutvalg ennå. Spør sekretæren om å bli lagt til.',
  somethingWentWrong: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
  notCouncilMember:
    'Du er ikke registrert som medlem av dette brukerutvalget, så jeg kan ikke ta imot dette. Spør sekretæren hvis du skal være med.',
  meetingClosed: 'Dette møtet tar ikke imot svar lenger.',
  notFound: 'Jeg finner ikke dette lenger. Møtet kan være avlyst eller endret.',
  concurrentEdit: 'Noen andre endret dette samtidig. Åpne kortet på nytt og prøv igjen.',
  forbidden: 'Bare sekretæren og lederen kan gjøre dette.',
  tryAgain: 'Mange endrer samtidig akkurat nå. Prøv igjen om litt.',
  invalid: 'Noe i svaret kunne jeg ikke ta imot. Åpne kortet på nytt og prøv igjen.',
  fixBelow: 'Noe må rettes før jeg kan lagre. Se under.',
  problemRequired: 'Dette må fylles ut.',
  problemTooLong: 'For lang tekst: høyst {max} tegn.',
  problemNotUrl: 'Skriv en nettadresse som begynner med https://',
  problemNotChosen: 'Velg ett av alternativene.',
  problemInvalid: 'Dette kan jeg ikke ta imot. Sjekk og prøv igjen.',
  noCouncil: 'Du er ikke registrert som medlem av et brukerutvalg ennå. Spør sekretæren om å bli lagt til.',
  noUpcomingMeeting: 'Det er ingen kommende møter å svare for ennå.',
};
type CardTexts = typeof nb;

const nn: CardTexts = {
  helpTitle: 'Hei! Eg er Utvalg',
  helpIntro: 'Eg hjelper brukarutvalet med møta: saksforslag, oppmøte og skriftlege innspel. Skriv eitt av desse orda til meg:',
  helpFooter: 'Sekretæren ser svara dine i fana «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikkje registrert som medlem av eit brukarutval enno. Spør sekretæren om å bli lagd til.',
  somethingWentWrong: 'Orsak, noko gjekk gale hos meg. Prøv igjen om litt.',
  notCouncilMember:
    'Du er ikkje registrert som medlem av dette brukarutvalet, så eg kan ikkje ta imot dette. Spør sekretæren om du skal vere med.',
  meetingClosed: 'Dette møtet tek ikkje imot svar lenger.',
  notFound: 'Eg finn ikkje dette lenger. Møtet kan vere avlyst eller endra.',
  concurrentEdit: 'Nokon andre endra dette samtidig. Opne kortet på nytt og prøv igjen.',
  forbidden: 'Berre sekretæren og leiaren kan gjere dette.',
  tryAgain: 'Mange endrar samtidig akkurat no. Prøv igjen om litt.',
  invalid: 'Noko i svaret kunne eg ikkje ta imot. Opne kortet på nytt og prøv igjen.',
  fixBelow: 'Noko må rettast før eg kan lagre. Sjå under.',
  problemRequired: 'Dette må fyllast ut.',
  problemTooLong: 'For lang tekst: høgst {max} teikn.',
  problemNotUrl: 'Skriv ei nettadresse som byrjar med https://',
  problemNotChosen: 'Vel eitt av alternativa.',
  problemInvalid: 'Dette kan eg ikkje ta imot. Sjekk og prøv igjen.',
  noCouncil: 'Du er ikkje registrert som medlem av eit brukarutval enno. Spør sekretæren om å bli lagd til.',
  noUpcomingMeeting: 'Det er ingen komande møte å svare for enno.',
};

const en: CardTexts = {
  helpTitle: "Hi! I'm Utvalg",
  helpIntro:
    'I help the user council with its meetings: agenda proposals, attendance and written input. Send me one of these words:',
  helpFooter: 'The secretary sees your answers in the "Utvalg" tab in the channel.',
  notMemberHint: 'You are not registered as a member of a user council yet. Ask the secretary to add you.',
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again shortly.',
  notCouncilMember:
    "You are not registered as a member of this user council, so I can't accept this. Ask the secretary if you should be.",
  meetingClosed: 'This meeting no longer accepts answers.',
  notFound: "I can't find this any more. The meeting may have been cancelled or changed.",
  concurrentEdit: 'Someone else changed this at the same time. Open the card again and retry.',
  forbidden: 'Only the secretary and the chair can do this.',
  tryAgain: 'Many changes at once right now. Please try again shortly.',
  invalid: "Something in the answer couldn't be accepted. Open the card again and retry.",
  fixBelow: 'Something needs fixing before I can save. See below.',
  problemRequired: 'Please fill this in.',
  problemTooLong: 'Too long: at most {max} characters.',
  problemNotUrl: 'Enter a web address starting with https://',
  problemNotChosen: 'Pick one of the options.',
  problemInvalid: "I can't accept this. Please check and try again.",
  noCouncil: 'You are not registered as a member of a user council yet. Ask the secretary to add you.',
  noUpcomingMeeting: 'There are no upcoming meetings to answer for yet.',
};

const CATALOGUE: Record<Language, CardTexts> = { nb, nn, en };

export function cardTexts(language: Language): CardTexts {
  return CATALOGUE[language];
}

/** Fills "{name}" placeholders. The result is card *data*, never template, so user text in values stays literal. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
