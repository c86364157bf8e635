// The council settings view ("Innstillinger") in bokmål, nynorsk and English.
import type { InputVisibility } from '../../../bot/src/domain/council';
import type { SettingsProblemCode } from '../../../bot/src/domain/council-settings';
import type { Language } from '../../../bot/src/domain/language';

export interface SettingsMessages {
  nav: string;
  heading: string;
  languageHeading: string;
  fieldLanguage: string;
  languageHint: string;
  fieldTimeZone: string;
  timeZoneHint: string;
  quorumHeading: string;
  quorumLegend: string;
  quorumMoreThanHalf: string;
  quorumAtLeast: string;
  fieldQuorumCount: string;
  quorumPreview: (voting: number, required: number) => string;
  caseNumbersHeading: string;
  caseNumbersIntro: string;
  fieldContinueSeries: string;
  fieldCaseYear: string;
  fieldCaseNext: string;
  caseNumberPreview: (caseNumber: string) => string;
  caseNumbersTaken: (lastTaken: string) => string;
  caseNumbersFromOne: string;
  inputHeading: string;
  inputLegend: string;
  inputVisibility: Record<InputVisibility, { label: string; hint: string }>;
  offentleglova: string;
  problems: Record<Exclude<SettingsProblemCode, 'belowTakenNumbers'>, string>;
  belowTakenNumbers: (lowestFree: number) => string;
  saved: string;
  languageNames: Record<Language, string>;
}

const nb: SettingsMessages = {
  nav: 'Innstillinger',
  heading: 'Innstillinger for utvalget',
  languageHeading: 'Språk og tid',
  fieldLanguage: 'Utvalgets språk',
  languageHint: 'Kort, innkallinger og referater skrives på dette språket. Hvert medlem kan velge sitt eget.',
  fieldTimeZone: 'Tidssone',
  timeZoneHint: 'Møtetider og frister vises i denne tidssonen, og saksnummerets år regnes i den.',
  quorumHeading: 'Vedtaksførhet',
  quorumLegend: 'Utvalget er vedtaksført når',
  quorumMoreThanHalf: 'mer enn halvparten av de stemmeberettigede er til stede',
  quorumAtLeast: 'et fast antall stemmeberettigede er til stede',
  fieldQuorumCount: 'Antall som må være til stede',
  quorumPreview: (voting, required) => `Med dagens ${voting} stemmeberettigede må minst ${required} være til stede.`,
  caseNumbersHeading: 'Saksnummer',
  caseNumbersIntro:
    'Sakene nummereres løpende per kalenderår (23/26, 24/26 …) når sakslisten låses. Tar utvalget i bruk Utvalg midt i året, sier du her hvor serien fortsetter.',
  fieldContinueSeries: 'Serien fortsetter fra et bestemt nummer',
  fieldCaseYear: 'År',
  fieldCaseNext: 'Neste saksnummer',
  caseNumberPreview: (caseNumber) => `Neste sak blir ${caseNumber}.`,
  caseNumbersTaken: (lastTaken) => `Siste nummer som er brukt: ${lastTaken}. Et nummer brukes aldri to ganger.`,
  caseNumbersFromOne: 'Ellers starter hvert år på 1.',
  inputHeading: 'Skriftlige innspill',
  inputLegend: 'Hvem leser skriftlige innspill før møtet?',
  inputVisibility: {
    secretaryUntilMeeting: {
      label: 'Bare sekretæren, fram til møtet',
      hint: 'Innspillene samles hos sekretæren og legges fram i møtet. Anbefalt.',
    },
    allMembers: {
      label: 'Alle medlemmene, med en gang',
      hint: 'Medlemmene ser hverandres innspill så snart de er sendt.',
    },
  },
  offentleglova:
    'Innspill som deles med alle medlemmene før møtet, kan regnes som saksdokumenter som allmennheten kan kreve innsyn i etter offentleglova. Holdes de hos sekretæren fram til møtet, er det lettere å behandle dem som arbeidsmateriale i forberedelsen av saken. Er dere usikre, spør arkivet eller juristene i virksomheten.',
  problems: {
    unknownTimeZone: 'Ukjent tidssone. Bruk et navn som Europe/Oslo.',
    quorumAboveVotingMembers: 'Kan ikke være flere enn de stemmeberettigede.',
    yearNotCurrentOrNext: 'Velg i år eller neste år.',
  },
  belowTakenNumbers: (lowestFree) => `Numre under ${lowestFree} er allerede brukt. Velg ${lowestFree} eller høyere.`,
  saved: 'Innstillingene er lagret.',
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
};

const nn: SettingsMessages = {
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
  problems: {
    unknownTimeZone: 'Ukjend tidssone. Bruk eit namn som Europe/Oslo.',
    quorumAboveVotingMembers: 'Kan ikkje vere fleire enn dei med røysterett.',
    yearNotCurrentOrNext: 'Vel i år eller neste år.',
  },
  belowTakenNumbers: (lowestFree) => `Nummer under ${lowestFree} er alt brukte. Vel ${lowestFree} eller høgare.`,
  saved: 'Innstillingane er lagra.',
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
};

const en: SettingsMessages = {
  nav: 'Settings',
  heading: 'Council settings',
  languageHeading: 'Language and time',
  fieldLanguage: 'The council’s language',
  languageHint: 'Cards, notices and minutes are written in this language. Each member can choose their own.',
  fieldTimeZone: 'Time zone',
  timeZoneHint: 'Meeting times and deadlines are shown in this zone, and the case-number year is counted in it.',
  quorumHeading: 'Quorum',
  quorumLegend: 'The council has a quorum when',
  quorumMoreThanHalf: 'more than half of the voting members are present',
  quorumAtLeast: 'a fixed number of voting members are present',
  fieldQuorumCount: 'Number who must be present',
  quorumPreview: (voting, required) => `With today’s ${voting} voting members, at least ${required} must be present.`,
  caseNumbersHeading: 'Case numbers',
  caseNumbersIntro:
    'Items are numbered per calendar year (23/26, 24/26 …) when the agenda is locked. If the council starts using Utvalg mid-year, say here where its series continues.',
  fieldContinueSeries: 'The series continues from a given number',
  fieldCaseYear: 'Year',
  fieldCaseNext: 'Next case number',
  caseNumberPreview: (caseNumber) => `The next item will be ${caseNumber}.`,
  caseNumbersTaken: (lastTaken) => `Last number used: ${lastTaken}. A number is never used twice.`,
  caseNumbersFromOne: 'Otherwise every year starts at 1.',
  inputHeading: 'Written input',
  inputLegend: 'Who reads written input before the meeting?',
  inputVisibility: {
    secretaryUntilMeeting: {
      label: 'Only the secretary, until the meeting',
      hint: 'Input is collected by the secretary and presented at the meeting. Recommended.',
    },
    allMembers: {
      label: 'All members, at once',
      hint: 'Members see each other’s input as soon as it is sent.',
    },
  },
  offentleglova:
    'Input shared with all members before the meeting may count as case documents that the public can ask to see under the Norwegian Freedom of Information Act (offentleglova). Kept with the secretary until the meeting, it is easier to treat as working material for preparing the case. If in doubt, ask your organisation’s archive or legal staff.',
  problems: {
    unknownTimeZone: 'Unknown time zone. Use a name like Europe/Oslo.',
    quorumAboveVotingMembers: 'Cannot be more than the voting members.',
    yearNotCurrentOrNext: 'Choose this year or next year.',
  },
  belowTakenNumbers: (lowestFree) => `Numbers below ${lowestFree} have already been used. Choose ${lowestFree} or higher.`,
  saved: 'The settings are saved.',
  languageNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
};

export const SETTINGS_MESSAGES: Readonly<Record<Language, SettingsMessages>> = { nb, nn, en };
