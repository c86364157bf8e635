import type { Catalogue } from '../catalogue';

export const cards: Catalogue['cards'] = {
  helpTitle: 'Hei! Eg er Utvalg',
  helpIntro: 'Eg hjelper brukarutvalet med møta: saksforslag, oppmøte og skriftlege innspel. Skriv eitt av desse orda til meg:',
  helpFooter: 'Sekretæren ser svara dine i fana «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikkje registrert som medlem av eit brukarutval enno. Spør sekretæren om å bli lagd til.',
  somethingWentWrong: 'Orsak, noko gjekk gale hos meg. Prøv igjen om litt.',
  storageUnavailable:
    'Eg får ikkje kontakt med lagringa akkurat no, så det er ikkje sikkert at dette vart lagra. Prøv igjen om nokre minutt.',
  notCouncilMember:
    'Du er ikkje registrert som medlem av dette brukarutvalet, så eg kan ikkje ta imot dette. Spør sekretæren om du skal vere med.',
  meetingClosed: 'Dette møtet tek ikkje imot svar lenger.',
  notFound: 'Eg finn ikkje dette lenger. Møtet kan vere avlyst eller endra.',
  concurrentEdit: 'Nokon andre endra dette samtidig. Opne kortet på nytt og prøv igjen.',
  forbidden: 'Berre sekretæren og leiaren kan gjere dette.',
  tryAgain: 'Mange endrar samtidig akkurat no. Prøv igjen om litt.',
  invalid: 'Noko i svaret kunne eg ikkje ta imot. Opne kortet på nytt og prøv igjen.',
  fixBelow: 'Noko må rettast før eg kan lagre. Sjå under.',
  noCouncil: 'Du er ikkje registrert som medlem av eit brukarutval enno. Spør sekretæren om å bli lagd til.',
  noUpcomingMeeting: 'Det er ingen komande møte å svare for enno.',
};
