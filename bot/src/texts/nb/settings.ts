// The council settings view ("Innstillinger").
import type { InputVisibility } from '../../domain/council';
import type { Language } from '../../domain/language';

export interface SettingsTexts {
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
  saved: string;
  languageNames: Record<Language, string>;
}

export const settings: SettingsTexts = {
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
  saved: 'Innstillingene er lagret.',
  languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
};
