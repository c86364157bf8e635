// Texts of the "Oppmøte" (attendance overview) and "Innspill" (input requests) views.
import type { AttendanceState } from '../../domain/attendance';
import { plural } from '../plural';

export interface InputsTexts {
  navAttendance: string;
  navInputs: string;
  meetingLabel: string;
  meetingOption: (date: string, status: string) => string;
  noMeetings: string;
  refresh: string;
  refreshed: string;

  attendanceTitle: string;
  quorumHeading: string;
  quorumReached: string;
  quorumNotReached: string;
  quorumDetail: (present: number, voting: number, required: number) => string;
  quorumExplain: string;
  groupLabel: Record<AttendanceState, string>;
  groupHeading: (label: string, count: number) => string;
  nobodyInGroup: string;
  everyoneAnswered: string;
  deputyAttends: (name: string) => string;
  reason: (reason: string) => string;
  answeredOn: (date: string) => string;
  nonVoting: string;
  deputiesTitle: string;
  deputyStandsInFor: (deputy: string, member: string) => string;
  namedTwice: string;
  observersTitle: string;
  observersNote: string;
  reasonsPrivate: string;
  reasonsHidden: string;

  inputsTitle: string;
  privacySecretary: string;
  privacyAll: string;
  publicRecord: string;
  ownOnly: string;
  newRequest: string;
  requestsNotAccepted: string;
  formTitleNew: string;
  formTitleEdit: string;
  questionsLegend: string;
  questionLabel: (n: number) => string;
  addQuestion: string;
  removeQuestion: (n: number) => string;
  deadlineDate: string;
  deadlineTime: string;
  deadlineHint: (meetingStart: string) => string;
  itemLabel: string;
  noItem: string;
  whoLegend: string;
  askEveryone: string;
  askChosen: string;
  membersLegend: string;
  deputyTag: string;
  botHint: string;
  send: string;
  save: string;
  cancel: string;
  created: (count: number) => string;
  updated: string;
  newlyTold: (count: number) => string;
  couldNotReachSentence: (names: string) => string;
  questionRequired: string;
  questionTooLong: (max: number) => string;
  atLeastOneQuestion: string;
  tooManyQuestions: (max: number) => string;
  deadlineInvalid: string;
  chooseMembers: string;
  questionsLocked: string;
  itemLocked: string;
  askedLocked: string;
  meetingClosed: string;

  noRequests: string;
  requestTitle: (n: number) => string;
  forItem: (heading: string) => string;
  deadline: string;
  statusLabel: string;
  statusOpen: string;
  statusClosed: string;
  closedEarly: (date: string) => string;
  answeredCount: (answered: number, asked: number) => string;
  askedEveryone: string;
  askedSome: (count: number) => string;
  questionHeading: (n: number, text: string) => string;
  noAnswersYet: string;
  othersHidden: string;
  answerInChat: string;
  answersArrivedNote: string;
  answerMeta: (name: string, date: string) => string;
  notAnsweredTitle: (count: number) => string;
  couldNotReachTitle: string;
  couldNotReachHint: string;
  edit: string;
  close: string;
  closeConfirmTitle: string;
  closeConfirmText: string;
  closeConfirm: string;
  closedDone: string;
}

export const inputs: InputsTexts = {
  navAttendance: 'Oppmøte',
  navInputs: 'Innspill',
  meetingLabel: 'Møte',
  meetingOption: (date, status) => `${date} – ${status}`,
  noMeetings: 'Utvalget har ingen møter ennå.',
  refresh: 'Oppdater',
  refreshed: 'Oppdatert.',

  attendanceTitle: 'Oppmøte',
  quorumHeading: 'Forventet vedtaksførhet',
  quorumReached: 'Vedtaksført etter svarene så langt',
  quorumNotReached: 'Ikke vedtaksført etter svarene så langt',
  quorumDetail: (present, voting, required) =>
    `${present} av ${voting} stemmeberettigede ventes til stede. Minst ${required} må være til stede.`,
  quorumExplain: 'Medlemmer som møter selv eller digitalt, og varamedlemmer som møter for et medlem, telles med.',
  groupLabel: {
    attend: 'Møter',
    remote: 'Møter digitalt',
    deputy: 'Varamedlem møter',
    apologies: 'Forfall',
    notAnswered: 'Ikke svart',
  },
  groupHeading: (label, count) => `${label} (${count})`,
  nobodyInGroup: 'Ingen.',
  everyoneAnswered: 'Alle har svart.',
  deputyAttends: (name) => `Varamedlem: ${name}`,
  reason: (reason) => `Grunn: ${reason}`,
  answeredOn: (date) => `Svarte ${date}`,
  nonVoting: 'uten stemmerett',
  deputiesTitle: 'Varamedlemmer som møter',
  deputyStandsInFor: (deputy, member) => `${deputy} møter for ${member}`,
  namedTwice: 'Er valgt av flere medlemmer, men kan bare møte for én. Telles én gang.',
  observersTitle: 'Observatører',
  observersNote: 'Observatører har ingen møteplikt og teller ikke med i vedtaksførheten.',
  reasonsPrivate:
    'Grunnen for forfall er personlig. Bare sekretæren og lederen ser den. Den står i referatet bare der medlemmet har sagt ja.',
  reasonsHidden: 'Grunnen for forfall ser bare sekretæren og lederen.',

  inputsTitle: 'Skriftlige innspill',
  privacySecretary:
    'Utvalget har valgt at bare sekretæren og lederen ser innspillene før møtet. Medlemmene ser dem når møtet starter.',
  privacyAll: 'Utvalget har valgt at alle medlemmene kan lese innspillene før møtet.',
  publicRecord: 'Innspill kan bli offentlige dokumenter etter offentleglova.',
  ownOnly: 'Før møtet ser du bare ditt eget svar.',
  newRequest: 'Be om innspill',
  requestsNotAccepted: 'Møtet har startet eller er avsluttet, så det kan ikke lages nye forespørsler.',
  formTitleNew: 'Ny forespørsel om innspill',
  formTitleEdit: 'Endre forespørselen',
  questionsLegend: 'Spørsmål',
  questionLabel: (n) => `Spørsmål ${n}`,
  addQuestion: 'Legg til spørsmål',
  removeQuestion: (n) => `Fjern spørsmål ${n}`,
  deadlineDate: 'Frist, dato',
  deadlineTime: 'Frist, klokkeslett',
  deadlineHint: (meetingStart) => `Senest når møtet starter: ${meetingStart}.`,
  itemLabel: 'Gjelder sak (valgfritt)',
  noItem: 'Ingen bestemt sak',
  whoLegend: 'Hvem spørres?',
  askEveryone: 'Alle medlemmene',
  askChosen: 'Utvalgte medlemmer',
  membersLegend: 'Velg medlemmer',
  deputyTag: 'vara',
  botHint: 'Boten sender spørsmålene til hver enkelt i en chat i Teams.',
  send: 'Send forespørsel',
  save: 'Lagre endringer',
  cancel: 'Avbryt',
  created: (count) =>
    `Forespørselen er lagret og sendt til ${count} ${plural('nb', count, { one: 'medlem', other: 'medlemmer' })}.`,
  updated: 'Endringene er lagret.',
  newlyTold: (count) =>
    `${count} ${plural('nb', count, { one: 'nytt medlem har', other: 'nye medlemmer har' })} fått spørsmålene.`,
  couldNotReachSentence: (names) => `Boten fikk ikke kontakt med: ${names}. Ta kontakt med dem på en annen måte.`,
  questionRequired: 'Skriv spørsmålet, eller fjern feltet.',
  questionTooLong: (max) => `For langt: høyst ${max} tegn.`,
  atLeastOneQuestion: 'Skriv minst ett spørsmål.',
  tooManyQuestions: (max) => `Høyst ${max} spørsmål.`,
  deadlineInvalid: 'Skriv dato og klokkeslett for fristen.',
  chooseMembers: 'Velg minst ett medlem, eller spør alle.',
  questionsLocked: 'Svar har kommet inn, så spørsmålene kan ikke endres lenger. Du kan flytte fristen og spørre flere.',
  itemLocked: 'Svar har kommet inn, så saken kan ikke endres lenger.',
  askedLocked: 'Svar har kommet inn, så ingen kan fjernes. Du kan legge til flere.',
  meetingClosed: 'Møtet tar ikke imot innspill lenger.',

  noRequests: 'Ingen forespørsler om innspill til dette møtet ennå.',
  requestTitle: (n) => `Forespørsel ${n}`,
  forItem: (heading) => `Til sak: ${heading}`,
  deadline: 'Frist',
  statusLabel: 'Status',
  statusOpen: 'Åpen for svar',
  statusClosed: 'Stengt',
  closedEarly: (date) => `Stengt ${date}`,
  answeredCount: (answered, asked) => `${answered} av ${asked} har svart`,
  askedEveryone: 'Spurt: alle medlemmene',
  askedSome: (count) => `Spurt: ${count} ${plural('nb', count, { one: 'medlem', other: 'medlemmer' })}`,
  questionHeading: (n, text) => `${n}. ${text}`,
  noAnswersYet: 'Ingen svar ennå.',
  othersHidden: 'Andre har svart. Svarene deres vises når møtet starter.',
  answerInChat: 'Du svarer i chatten med Utvalg i Teams: skriv «innspill».',
  answersArrivedNote: 'Svar har kommet inn, så spørsmålene og saken ligger fast. Du kan flytte fristen og spørre flere.',
  answerMeta: (name, date) => `${name}, ${date}`,
  notAnsweredTitle: (count) => `Ikke svart (${count})`,
  couldNotReachTitle: 'Boten fikk ikke kontakt med',
  couldNotReachHint: 'Ta kontakt med dem på en annen måte, for eksempel på e-post eller telefon.',
  edit: 'Endre',
  close: 'Steng nå',
  closeConfirmTitle: 'Stenge forespørselen?',
  closeConfirmText: 'Medlemmene kan ikke lenger gi eller endre innspill. Dette kan ikke angres.',
  closeConfirm: 'Steng',
  closedDone: 'Forespørselen er stengt.',
};
