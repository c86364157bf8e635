import type { Catalogue } from '../catalogue';

export const settings: Catalogue['settings'] = {
  nav: 'Innstillingar',
  heading: 'Innstillingar for utvalet',
  languageHeading: 'Språk og tid',
  fieldLanguage: 'Språket til utvalet',
  languageHint: 'Kort, innkallingar og referat blir skrivne på dette språket. Kvart medlem kan velje sitt eige.',
  fieldTimeZone: 'Tidssone',
  timeZoneHint: 'Møtetider og fristar blir viste i denne tidssona, og året i saksnummeret blir rekna i henne.',
  quorumHeading: 'Vedtaksføre',
  quorumLegend: 'Utvalet er vedtaksført når',
  quorumMoreThanHalf: 'meir enn halvparten av dei med røysterett er til stades',
  quorumAtLeast: 'eit fast tal med røysterett er til stades',
  fieldQuorumCount: 'Talet som må vere til stades',
  quorumPreview: (voting, required) => `Med dagens ${voting} med røysterett må minst ${required} vere til stades.`,
  caseNumbersHeading: 'Saksnummer',
  caseNumbersIntro:
    'Sakene blir nummererte fortløpande per kalenderår (23/26, 24/26 …) når saklista blir låst. Tek utvalet i bruk Utvalg midt i året, seier du her kvar serien held fram.',
  fieldContinueSeries: 'Serien held fram frå eit bestemt nummer',
  fieldCaseYear: 'År',
  fieldCaseNext: 'Neste saksnummer',
  caseNumberPreview: (caseNumber) => `Neste sak blir ${caseNumber}.`,
  caseNumbersTaken: (lastTaken) => `Siste nummer som er brukt: ${lastTaken}. Eit nummer blir aldri brukt to gonger.`,
  caseNumbersFromOne: 'Elles byrjar kvart år på 1.',
  inputHeading: 'Skriftlege innspel',
  inputLegend: 'Kven les skriftlege innspel før møtet?',
  inputVisibility: {
    secretaryUntilMeeting: {
      label: 'Berre sekretæren, fram til møtet',
      hint: 'Innspela blir samla hos sekretæren og lagde fram i møtet. Tilrådd.',
    },
    allMembers: {
      label: 'Alle medlemmene, med ein gong',
      hint: 'Medlemmene ser innspela til kvarandre så snart dei er sende.',
    },
  },
  offentleglova:
    'Innspel som blir delte med alle medlemmene før møtet, kan reknast som saksdokument som ålmenta kan krevje innsyn i etter offentleglova. Blir dei haldne hos sekretæren fram til møtet, er det lettare å handsame dei som arbeidsmateriale i førebuinga av saka. Er de usikre, spør arkivet eller juristane i verksemda.',
  saved: 'Innstillingane er lagra.',
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
};
