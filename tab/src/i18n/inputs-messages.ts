// Texts of the "Oppmøte" (attendance overview) and "Innspill" (input requests) views, in bokmål, nynorsk and English.
import type { AttendanceState } from '../../../bot/src/domain/attendance';
import type { Language } from '../../../bot/src/domain/language';

export interface InputsMessages {
  navAttendance: string;
  navInputs: string;
  meetingLabel: string;
  meetingOption: (date: string, status: string) => string;
  noMeetings: string;
  refresh: string;
  refreshed: string;
  changedBySomeoneElse: string;
  reload: string;

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
  saving: string;
  created: (count: number) => string;
  updated: string;
  newlyTold: (count: number) => string;
  couldNotReachSentence: (names: string) => string;
  fixBelow: string;
  questionRequired: string;
  questionTooLong: (max: number) => string;
  atLeastOneQuestion: string;
  tooManyQuestions: (max: number) => string;
  deadlinePast: string;
  deadlineAfterMeeting: string;
  deadlineInvalid: string;
  itemUnknown: string;
  membersUnknown: string;
  chooseMembers: string;
  questionsLocked: string;
  itemLocked: string;
  askedLocked: string;
  requestClosed: string;
  meetingClosed: string;
  unknownProblem: (detail: string) => string;

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

const nb: InputsMessages = {
  navAttendance: 'Oppmøte',
  navInputs: 'Innspill',
  meetingLabel: 'Møte',
  meetingOption: (date, status) => `${date} – ${status}`,
  noMeetings: 'Utvalget har ingen møter ennå.',
  refresh: 'Oppdater',
  refreshed: 'Oppdatert.',
  changedBySomeoneElse: 'Endret av noen andre — last inn på nytt.',
  reload: 'Last inn på nytt',

  attendanceTitle: 'Oppmøte',
  quorumHeading: 'Forventet vedtaksførhet',
  quorumReached: 'Vedtaksført etter svarene så langt',
  quorumNotReached: 'Ikke vedtaksført etter svarene så langt',
  quorumDetail: (present, voting, required) =>
    `${present} av ${voting} stemmeberettigede ventes til stede. Minst ${required} må være til stede.`,
  quorumExplain: 'Medlemmer som møter selv eller digitalt, og vararepresentanter som møter for et medlem, telles med.',
  groupLabel: {
    attend: 'Møter',
    remote: 'Møter digitalt',
    deputy: 'Vararepresentant møter',
    apologies: 'Forfall',
    notAnswered: 'Har ikke svart',
  },
  groupHeading: (label, count) => `${label} (${count})`,
  nobodyInGroup: 'Ingen.',
  everyoneAnswered: 'Alle har svart.',
  deputyAttends: (name) => `Vararepresentant: ${name}`,
  reason: (reason) => `Grunn: ${reason}`,
  answeredOn: (date) => `Svarte ${date}`,
  nonVoting: 'uten stemmerett',
  deputiesTitle: 'Vararepresentanter som møter',
  deputyStandsInFor: (deputy, member) => `${deputy} møter for ${member}`,
  namedTwice: 'Er valgt av flere medlemmer, men kan bare møte for én. Telles én gang.',
  observersTitle: 'Observatører',
  observersNote: 'Observatører har ingen møteplikt og teller ikke med i vedtaksførheten.',
  reasonsPrivate: 'Grunnen for forfall er personlig. Bare sekretæren og lederen ser den.',
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
  saving: 'Lagrer …',
  created: (count) => `Forespørselen er lagret og sendt til ${count} ${count === 1 ? 'medlem' : 'medlemmer'}.`,
  updated: 'Endringene er lagret.',
  newlyTold: (count) => `${count} ${count === 1 ? 'nytt medlem har' : 'nye medlemmer har'} fått spørsmålene.`,
  couldNotReachSentence: (names) => `Boten fikk ikke kontakt med: ${names}. Ta kontakt med dem på en annen måte.`,
  fixBelow: 'Noe må rettes før forespørselen kan lagres.',
  questionRequired: 'Skriv spørsmålet, eller fjern feltet.',
  questionTooLong: (max) => `For langt: høyst ${max} tegn.`,
  atLeastOneQuestion: 'Skriv minst ett spørsmål.',
  tooManyQuestions: (max) => `Høyst ${max} spørsmål.`,
  deadlinePast: 'Fristen må være fram i tid.',
  deadlineAfterMeeting: 'Fristen kan ikke være etter at møtet starter.',
  deadlineInvalid: 'Skriv dato og klokkeslett for fristen.',
  itemUnknown: 'Saken finnes ikke på sakslisten til dette møtet.',
  membersUnknown: 'Noen av de valgte er ikke medlemmer av utvalget på møtedagen.',
  chooseMembers: 'Velg minst ett medlem, eller spør alle.',
  questionsLocked: 'Svar har kommet inn, så spørsmålene kan ikke endres lenger. Du kan flytte fristen og spørre flere.',
  itemLocked: 'Svar har kommet inn, så saken kan ikke endres lenger.',
  askedLocked: 'Svar har kommet inn, så ingen kan fjernes. Du kan legge til flere.',
  requestClosed: 'Forespørselen er stengt og kan ikke endres.',
  meetingClosed: 'Møtet tar ikke imot innspill lenger.',
  unknownProblem: (detail) => `Kunne ikke lagre: ${detail}`,

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
  askedSome: (count) => `Spurt: ${count} ${count === 1 ? 'medlem' : 'medlemmer'}`,
  questionHeading: (n, text) => `${n}. ${text}`,
  noAnswersYet: 'Ingen svar ennå.',
  othersHidden: 'Andre har svart. Svarene deres vises når møtet starter.',
  answerInChat: 'Du svarer i chatten med Utvalg i Teams: skriv «innspill».',
  answersArrivedNote: 'Svar har kommet inn, så spørsmålene og saken ligger fast. Du kan flytte fristen og spørre flere.',
  answerMeta: (name, date) => `${name}, ${date}`,
  notAnsweredTitle: (count) => `Har ikke svart (${count})`,
  couldNotReachTitle: 'Boten fikk ikke kontakt med',
  couldNotReachHint: 'Ta kontakt med dem på en annen måte, for eksempel på e-post eller telefon.',
  edit: 'Endre',
  close: 'Steng nå',
  closeConfirmTitle: 'Stenge forespørselen?',
  closeConfirmText: 'Medlemmene kan ikke lenger gi eller endre innspill. Dette kan ikke angres.',
  closeConfirm: 'Steng',
  closedDone: 'Forespørselen er stengt.',
};

const nn: InputsMessages = {
  navAttendance: 'Oppmøte',
  navInputs: 'Innspel',
  meetingLabel: 'Møte',
  meetingOption: (date, status) => `${date} – ${status}`,
  noMeetings: 'Utvalet har ingen møte enno.',
  refresh: 'Oppdater',
  refreshed: 'Oppdatert.',
  changedBySomeoneElse: 'Endra av nokon andre — last inn på nytt.',
  reload: 'Last inn på nytt',

  attendanceTitle: 'Oppmøte',
  quorumHeading: 'Venta vedtaksføre',
  quorumReached: 'Vedtaksført etter svara så langt',
  quorumNotReached: 'Ikkje vedtaksført etter svara så langt',
  quorumDetail: (present, voting, required) =>
    `${present} av ${voting} med røysterett er venta til stades. Minst ${required} må vere til stades.`,
  quorumExplain: 'Medlemmer som møter sjølv eller digitalt, og vararepresentantar som møter for eit medlem, blir talde med.',
  groupLabel: {
    attend: 'Møter',
    remote: 'Møter digitalt',
    deputy: 'Vararepresentant møter',
    apologies: 'Forfall',
    notAnswered: 'Har ikkje svart',
  },
  groupHeading: (label, count) => `${label} (${count})`,
  nobodyInGroup: 'Ingen.',
  everyoneAnswered: 'Alle har svart.',
  deputyAttends: (name) => `Vararepresentant: ${name}`,
  reason: (reason) => `Grunn: ${reason}`,
  answeredOn: (date) => `Svarte ${date}`,
  nonVoting: 'utan røysterett',
  deputiesTitle: 'Vararepresentantar som møter',
  deputyStandsInFor: (deputy, member) => `${deputy} møter for ${member}`,
  namedTwice: 'Er vald av fleire medlemmer, men kan berre møte for éin. Blir talt éin gong.',
  observersTitle: 'Observatørar',
  observersNote: 'Observatørar har inga møteplikt og blir ikkje talde med i vedtaksføret.',
  reasonsPrivate: 'Grunnen for forfall er personleg. Berre sekretæren og leiaren ser han.',
  reasonsHidden: 'Grunnen for forfall ser berre sekretæren og leiaren.',

  inputsTitle: 'Skriftlege innspel',
  privacySecretary:
    'Utvalet har valt at berre sekretæren og leiaren ser innspela før møtet. Medlemmene ser dei når møtet startar.',
  privacyAll: 'Utvalet har valt at alle medlemmene kan lese innspela før møtet.',
  publicRecord: 'Innspel kan bli offentlege dokument etter offentleglova.',
  ownOnly: 'Før møtet ser du berre ditt eige svar.',
  newRequest: 'Be om innspel',
  requestsNotAccepted: 'Møtet har starta eller er avslutta, så det kan ikkje lagast nye førespurnader.',
  formTitleNew: 'Ny førespurnad om innspel',
  formTitleEdit: 'Endre førespurnaden',
  questionsLegend: 'Spørsmål',
  questionLabel: (n) => `Spørsmål ${n}`,
  addQuestion: 'Legg til spørsmål',
  removeQuestion: (n) => `Fjern spørsmål ${n}`,
  deadlineDate: 'Frist, dato',
  deadlineTime: 'Frist, klokkeslett',
  deadlineHint: (meetingStart) => `Seinast når møtet startar: ${meetingStart}.`,
  itemLabel: 'Gjeld sak (valfritt)',
  noItem: 'Inga bestemt sak',
  whoLegend: 'Kven blir spurde?',
  askEveryone: 'Alle medlemmene',
  askChosen: 'Utvalde medlemmer',
  membersLegend: 'Vel medlemmer',
  deputyTag: 'vara',
  botHint: 'Boten sender spørsmåla til kvar enkelt i ein chat i Teams.',
  send: 'Send førespurnad',
  save: 'Lagre endringane',
  cancel: 'Avbryt',
  saving: 'Lagrar …',
  created: (count) => `Førespurnaden er lagra og send til ${count} ${count === 1 ? 'medlem' : 'medlemmer'}.`,
  updated: 'Endringane er lagra.',
  newlyTold: (count) => `${count} ${count === 1 ? 'nytt medlem har' : 'nye medlemmer har'} fått spørsmåla.`,
  couldNotReachSentence: (names) => `Boten fekk ikkje kontakt med: ${names}. Ta kontakt med dei på ein annan måte.`,
  fixBelow: 'Noko må rettast før førespurnaden kan lagrast.',
  questionRequired: 'Skriv spørsmålet, eller fjern feltet.',
  questionTooLong: (max) => `For langt: høgst ${max} teikn.`,
  atLeastOneQuestion: 'Skriv minst eitt spørsmål.',
  tooManyQuestions: (max) => `Høgst ${max} spørsmål.`,
  deadlinePast: 'Fristen må vere fram i tid.',
  deadlineAfterMeeting: 'Fristen kan ikkje vere etter at møtet startar.',
  deadlineInvalid: 'Skriv dato og klokkeslett for fristen.',
  itemUnknown: 'Saka finst ikkje på saklista til dette møtet.',
  membersUnknown: 'Nokre av dei valde er ikkje medlemmer av utvalet på møtedagen.',
  chooseMembers: 'Vel minst eitt medlem, eller spør alle.',
  questionsLocked: 'Svar har kome inn, så spørsmåla kan ikkje endrast lenger. Du kan flytte fristen og spørje fleire.',
  itemLocked: 'Svar har kome inn, så saka kan ikkje endrast lenger.',
  askedLocked: 'Svar har kome inn, så ingen kan fjernast. Du kan leggje til fleire.',
  requestClosed: 'Førespurnaden er stengd og kan ikkje endrast.',
  meetingClosed: 'Møtet tek ikkje imot innspel lenger.',
  unknownProblem: (detail) => `Kunne ikkje lagre: ${detail}`,

  noRequests: 'Ingen førespurnader om innspel til dette møtet enno.',
  requestTitle: (n) => `Førespurnad ${n}`,
  forItem: (heading) => `Til sak: ${heading}`,
  deadline: 'Frist',
  statusLabel: 'Status',
  statusOpen: 'Open for svar',
  statusClosed: 'Stengd',
  closedEarly: (date) => `Stengd ${date}`,
  answeredCount: (answered, asked) => `${answered} av ${asked} har svart`,
  askedEveryone: 'Spurde: alle medlemmene',
  askedSome: (count) => `Spurde: ${count} ${count === 1 ? 'medlem' : 'medlemmer'}`,
  questionHeading: (n, text) => `${n}. ${text}`,
  noAnswersYet: 'Ingen svar enno.',
  othersHidden: 'Andre har svart. Svara deira blir viste når møtet startar.',
  answerInChat: 'Du svarar i chatten med Utvalg i Teams: skriv «innspel».',
  answersArrivedNote: 'Svar har kome inn, så spørsmåla og saka ligg fast. Du kan flytte fristen og spørje fleire.',
  answerMeta: (name, date) => `${name}, ${date}`,
  notAnsweredTitle: (count) => `Har ikkje svart (${count})`,
  couldNotReachTitle: 'Boten fekk ikkje kontakt med',
  couldNotReachHint: 'Ta kontakt med dei på ein annan måte, til dømes på e-post eller telefon.',
  edit: 'Endre',
  close: 'Steng no',
  closeConfirmTitle: 'Stengje førespurnaden?',
  closeConfirmText: 'Medlemmene kan ikkje lenger gi eller endre innspel. Dette kan ikkje angrast.',
  closeConfirm: 'Steng',
  closedDone: 'Førespurnaden er stengd.',
};

const en: InputsMessages = {
  navAttendance: 'Attendance',
  navInputs: 'Input',
  meetingLabel: 'Meeting',
  meetingOption: (date, status) => `${date} – ${status}`,
  noMeetings: 'The council has no meetings yet.',
  refresh: 'Refresh',
  refreshed: 'Refreshed.',
  changedBySomeoneElse: 'Changed by someone else — reload.',
  reload: 'Reload',

  attendanceTitle: 'Attendance',
  quorumHeading: 'Expected quorum',
  quorumReached: 'Quorum reached on the answers so far',
  quorumNotReached: 'No quorum on the answers so far',
  quorumDetail: (present, voting, required) =>
    `${present} of ${voting} voting members are expected. At least ${required} must be present.`,
  quorumExplain: 'Members attending in person or online, and deputies standing in for a member, are counted.',
  groupLabel: {
    attend: 'Attending',
    remote: 'Attending online',
    deputy: 'Deputy attends',
    apologies: 'Apologies',
    notAnswered: 'Has not answered',
  },
  groupHeading: (label, count) => `${label} (${count})`,
  nobodyInGroup: 'Nobody.',
  everyoneAnswered: 'Everyone has answered.',
  deputyAttends: (name) => `Deputy: ${name}`,
  reason: (reason) => `Reason: ${reason}`,
  answeredOn: (date) => `Answered on ${date}`,
  nonVoting: 'non-voting',
  deputiesTitle: 'Deputies standing in',
  deputyStandsInFor: (deputy, member) => `${deputy} stands in for ${member}`,
  namedTwice: 'Named by more than one member, but can stand in for one only. Counted once.',
  observersTitle: 'Observers',
  observersNote: 'Observers have no duty to attend and do not count towards the quorum.',
  reasonsPrivate: 'The reason for apologies is personal. Only the secretary and the chair see it.',
  reasonsHidden: 'Only the secretary and the chair see the reason for apologies.',

  inputsTitle: 'Written input',
  privacySecretary:
    'The council has chosen that only the secretary and the chair see the input before the meeting. Members see it when the meeting starts.',
  privacyAll: 'The council has chosen that all members can read the input before the meeting.',
  publicRecord: 'Input can become public documents under the Freedom of Information Act (offentleglova).',
  ownOnly: 'Before the meeting you see only your own answer.',
  newRequest: 'Ask for input',
  requestsNotAccepted: 'The meeting has started or is over, so no new requests can be made.',
  formTitleNew: 'New request for input',
  formTitleEdit: 'Change the request',
  questionsLegend: 'Questions',
  questionLabel: (n) => `Question ${n}`,
  addQuestion: 'Add a question',
  removeQuestion: (n) => `Remove question ${n}`,
  deadlineDate: 'Deadline, date',
  deadlineTime: 'Deadline, time',
  deadlineHint: (meetingStart) => `At the latest when the meeting starts: ${meetingStart}.`,
  itemLabel: 'For agenda item (optional)',
  noItem: 'No particular item',
  whoLegend: 'Who is asked?',
  askEveryone: 'All members',
  askChosen: 'Chosen members',
  membersLegend: 'Choose members',
  deputyTag: 'deputy',
  botHint: 'The bot sends the questions to each person in a chat in Teams.',
  send: 'Send request',
  save: 'Save changes',
  cancel: 'Cancel',
  saving: 'Saving …',
  created: (count) => `The request is saved and sent to ${count} ${count === 1 ? 'member' : 'members'}.`,
  updated: 'The changes are saved.',
  newlyTold: (count) => `${count} newly asked ${count === 1 ? 'member has' : 'members have'} received the questions.`,
  couldNotReachSentence: (names) => `The bot could not reach: ${names}. Please contact them another way.`,
  fixBelow: 'Something needs fixing before the request can be saved.',
  questionRequired: 'Write the question, or remove the field.',
  questionTooLong: (max) => `Too long: at most ${max} characters.`,
  atLeastOneQuestion: 'Write at least one question.',
  tooManyQuestions: (max) => `At most ${max} questions.`,
  deadlinePast: 'The deadline must be in the future.',
  deadlineAfterMeeting: 'The deadline cannot be after the meeting starts.',
  deadlineInvalid: 'Enter a date and time for the deadline.',
  itemUnknown: 'The item is not on this meeting’s agenda.',
  membersUnknown: 'Some of those chosen are not members of the council on the meeting date.',
  chooseMembers: 'Choose at least one member, or ask everyone.',
  questionsLocked: 'Answers have arrived, so the questions can no longer change. You can move the deadline and ask more people.',
  itemLocked: 'Answers have arrived, so the agenda item can no longer change.',
  askedLocked: 'Answers have arrived, so nobody can be removed. You can add more people.',
  requestClosed: 'The request is closed and can no longer change.',
  meetingClosed: 'The meeting no longer takes input.',
  unknownProblem: (detail) => `Could not save: ${detail}`,

  noRequests: 'No requests for input for this meeting yet.',
  requestTitle: (n) => `Request ${n}`,
  forItem: (heading) => `For item: ${heading}`,
  deadline: 'Deadline',
  statusLabel: 'Status',
  statusOpen: 'Open for answers',
  statusClosed: 'Closed',
  closedEarly: (date) => `Closed on ${date}`,
  answeredCount: (answered, asked) => `${answered} of ${asked} have answered`,
  askedEveryone: 'Asked: all members',
  askedSome: (count) => `Asked: ${count} ${count === 1 ? 'member' : 'members'}`,
  questionHeading: (n, text) => `${n}. ${text}`,
  noAnswersYet: 'No answers yet.',
  othersHidden: 'Others have answered. Their answers are shown when the meeting starts.',
  answerInChat: 'You answer in the chat with Utvalg in Teams: write "input".',
  answersArrivedNote:
    'Answers have arrived, so the questions and the item are fixed. You can move the deadline and ask more people.',
  answerMeta: (name, date) => `${name}, ${date}`,
  notAnsweredTitle: (count) => `Has not answered (${count})`,
  couldNotReachTitle: 'The bot could not reach',
  couldNotReachHint: 'Please contact them another way, for example by e-mail or phone.',
  edit: 'Change',
  close: 'Close now',
  closeConfirmTitle: 'Close the request?',
  closeConfirmText: 'Members can no longer give or change input. This cannot be undone.',
  closeConfirm: 'Close',
  closedDone: 'The request is closed.',
};

export const INPUTS_MESSAGES: Readonly<Record<Language, InputsMessages>> = { nb, nn, en };
