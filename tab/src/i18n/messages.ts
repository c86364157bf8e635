// All text the tab shows, in bokmål (default), nynorsk and English. `Messages` makes the three match key for key.
import type { ItemKind } from '../../../bot/src/domain/agenda';
import type { AttendanceState } from '../../../bot/src/domain/attendance';
import type { Language } from '../../../bot/src/domain/language';
import type { MeetingStatus } from '../../../bot/src/domain/meeting-status';
import type { Role } from '../../../bot/src/domain/member';
import type { ProposalStatus } from '../../../bot/src/domain/proposal';

export interface Messages {
  loading: string;
  navLabel: string;
  navUpcoming: string;
  devBanner: string;
  devUserLabel: string;
  devUserReset: string;
  councilLabel: string;
  noUpcomingMeetings: string;
  nextMeeting: string;
  time: string;
  place: string;
  online: string;
  meetingLink: string;
  status: string;
  meetingStatus: Record<MeetingStatus, string>;
  agenda: string;
  agendaEmpty: string;
  agendaNotLocked: string;
  itemKind: Record<ItemKind, string>;
  responsible: string;
  plannedMinutes: (minutes: number) => string;
  postponedFrom: (caseNumber: string) => string;
  exempt: (legalBasis: string) => string;
  proposals: string;
  proposalsEmpty: string;
  proposedBy: (name: string, date: string) => string;
  proposalStatus: Record<ProposalStatus, string>;
  reason: string;
  attendance: string;
  attendanceEmpty: string;
  member: string;
  answer: string;
  attendanceState: Record<AttendanceState, string>;
  deputyAttends: (deputyName: string) => string;
  apologiesWithReason: (reason: string) => string;
  everyoneAnswered: string;
  expectedQuorum: string;
  quorum: (present: number, voting: number, reached: boolean) => string;
  quorumRequired: (required: number) => string;
  role: Record<Role, string>;
  inputRequests: string;
  inputRequestsEmpty: string;
  inputRequestTitle: (index: number) => string;
  forItem: (heading: string) => string;
  deadline: string;
  questions: string;
  answered: string;
  notAnswered: string;
  nobody: string;
  errorTitle: string;
  errorNotSignedIn: string;
  errorNotMember: string;
  errorNoCouncils: string;
  errorForbidden: string;
  errorNotFound: string;
  errorServerUnavailable: string;
  errorUnknown: (detail: string) => string;
  retry: string;
}

const nb: Messages = {
  loading: 'Laster …',
  navLabel: 'Visninger',
  navUpcoming: 'Neste møte',
  devBanner: 'Utviklingsmodus – ikke for produksjon',
  devUserLabel: 'Opptre som demomedlem',
  devUserReset: 'Bruk standard demobruker',
  councilLabel: 'Brukerutvalg',
  noUpcomingMeetings: 'Ingen kommende møter',
  nextMeeting: 'Neste møte',
  time: 'Tid',
  place: 'Sted',
  online: 'Digitalt',
  meetingLink: 'Møtelenke',
  status: 'Status',
  meetingStatus: {
    planned: 'Planlagt',
    collecting: 'Saksforslag og innspill samles inn',
    noticeSent: 'Innkalling sendt',
    held: 'Avholdt',
    minutesDraft: 'Referatet skrives',
    minutesApproved: 'Referatet er godkjent',
    archived: 'Arkivert',
    cancelled: 'Avlyst',
  },
  agenda: 'Saksliste',
  agendaEmpty: 'Ingen saker er satt opp ennå.',
  agendaNotLocked: 'Sakslisten er ikke endelig. Sakene får saksnummer når sakslisten låses.',
  itemKind: { briefing: 'Orientering', discussion: 'Drøfting', decision: 'Vedtak' },
  responsible: 'Ansvarlig',
  plannedMinutes: (minutes) => `${minutes} min`,
  postponedFrom: (caseNumber) => `Utsatt fra sak ${caseNumber}`,
  exempt: (legalBasis) => `Unntatt offentlighet, ${legalBasis}`,
  proposals: 'Saksforslag',
  proposalsEmpty: 'Ingen saksforslag ennå.',
  proposedBy: (name, date) => `Foreslått av ${name} ${date}`,
  proposalStatus: {
    pending: 'Til behandling',
    accepted: 'Satt opp på sakslisten',
    deferred: 'Utsatt',
    merged: 'Slått sammen med en annen sak',
    declined: 'Avslått',
  },
  reason: 'Begrunnelse',
  attendance: 'Oppmøte',
  attendanceEmpty: 'Ingen medlemmer er kalt inn.',
  member: 'Medlem',
  answer: 'Svar',
  attendanceState: {
    attend: 'Deltar',
    remote: 'Deltar digitalt',
    apologies: 'Forfall',
    deputy: 'Vararepresentant møter',
    notAnswered: 'Har ikke svart',
  },
  deputyAttends: (deputyName) => `Vararepresentant møter: ${deputyName}`,
  apologiesWithReason: (reason) => `Forfall – ${reason}`,
  everyoneAnswered: 'Alle har svart.',
  expectedQuorum: 'Forventet oppmøte',
  quorum: (present, voting, reached) =>
    `${present} av ${voting} stemmeberettigede, ${reached ? 'vedtaksført' : 'ikke vedtaksført'}`,
  quorumRequired: (required) => `Minst ${required} må være til stede.`,
  role: { chair: 'leder', viceChair: 'nestleder', member: 'medlem', observer: 'observatør', secretary: 'sekretær' },
  inputRequests: 'Skriftlige innspill',
  inputRequestsEmpty: 'Ingen åpne innspillsrunder.',
  inputRequestTitle: (index) => `Innspillsrunde ${index}`,
  forItem: (heading) => `Gjelder sak ${heading}`,
  deadline: 'Frist',
  questions: 'Spørsmål',
  answered: 'Har svart',
  notAnswered: 'Har ikke svart',
  nobody: 'Ingen',
  errorTitle: 'Kunne ikke vise møtet',
  errorNotSignedIn: 'Du er ikke logget inn. Åpne Utvalg i Teams og prøv igjen.',
  errorNotMember: 'Du er ikke medlem av dette brukerutvalget.',
  errorNoCouncils: 'Du er ikke medlem av noe brukerutvalg i Utvalg.',
  errorForbidden: 'Du har ikke tilgang til dette.',
  errorNotFound: 'Fant ikke møtet. Det kan være flyttet eller slettet.',
  errorServerUnavailable: 'Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  errorUnknown: (detail) => `Noe gikk galt: ${detail}`,
  retry: 'Prøv igjen',
};

const nn: Messages = {
  loading: 'Lastar …',
  navLabel: 'Visingar',
  navUpcoming: 'Neste møte',
  devBanner: 'Utviklingsmodus – ikkje for produksjon',
  devUserLabel: 'Opptre som demomedlem',
  devUserReset: 'Bruk standard demobrukar',
  councilLabel: 'Brukarutval',
  noUpcomingMeetings: 'Ingen komande møte',
  nextMeeting: 'Neste møte',
  time: 'Tid',
  place: 'Stad',
  online: 'Digitalt',
  meetingLink: 'Møtelenkje',
  status: 'Status',
  meetingStatus: {
    planned: 'Planlagt',
    collecting: 'Saksforslag og innspel blir samla inn',
    noticeSent: 'Innkallinga er send',
    held: 'Møtet er halde',
    minutesDraft: 'Referatet blir skrive',
    minutesApproved: 'Referatet er godkjent',
    archived: 'Arkivert',
    cancelled: 'Avlyst',
  },
  agenda: 'Sakliste',
  agendaEmpty: 'Ingen saker er sette opp enno.',
  agendaNotLocked: 'Saklista er ikkje endeleg. Sakene får saksnummer når saklista blir låst.',
  itemKind: { briefing: 'Orientering', discussion: 'Drøfting', decision: 'Vedtak' },
  responsible: 'Ansvarleg',
  plannedMinutes: (minutes) => `${minutes} min`,
  postponedFrom: (caseNumber) => `Utsett frå sak ${caseNumber}`,
  exempt: (legalBasis) => `Unnateke offentlegheit, ${legalBasis}`,
  proposals: 'Saksforslag',
  proposalsEmpty: 'Ingen saksforslag enno.',
  proposedBy: (name, date) => `Føreslått av ${name} ${date}`,
  proposalStatus: {
    pending: 'Til behandling',
    accepted: 'Sett opp på saklista',
    deferred: 'Utsett',
    merged: 'Slått saman med ei anna sak',
    declined: 'Avslått',
  },
  reason: 'Grunngiving',
  attendance: 'Oppmøte',
  attendanceEmpty: 'Ingen medlemmer er kalla inn.',
  member: 'Medlem',
  answer: 'Svar',
  attendanceState: {
    attend: 'Deltek',
    remote: 'Deltek digitalt',
    apologies: 'Forfall',
    deputy: 'Vararepresentant møter',
    notAnswered: 'Har ikkje svart',
  },
  deputyAttends: (deputyName) => `Vararepresentant møter: ${deputyName}`,
  apologiesWithReason: (reason) => `Forfall – ${reason}`,
  everyoneAnswered: 'Alle har svart.',
  expectedQuorum: 'Venta oppmøte',
  quorum: (present, voting, reached) =>
    `${present} av ${voting} med røysterett, ${reached ? 'vedtaksført' : 'ikkje vedtaksført'}`,
  quorumRequired: (required) => `Minst ${required} må vere til stades.`,
  role: { chair: 'leiar', viceChair: 'nestleiar', member: 'medlem', observer: 'observatør', secretary: 'sekretær' },
  inputRequests: 'Skriftlege innspel',
  inputRequestsEmpty: 'Ingen opne innspelsrundar.',
  inputRequestTitle: (index) => `Innspelsrunde ${index}`,
  forItem: (heading) => `Gjeld sak ${heading}`,
  deadline: 'Frist',
  questions: 'Spørsmål',
  answered: 'Har svart',
  notAnswered: 'Har ikkje svart',
  nobody: 'Ingen',
  errorTitle: 'Kunne ikkje vise møtet',
  errorNotSignedIn: 'Du er ikkje logga inn. Opne Utvalg i Teams og prøv igjen.',
  errorNotMember: 'Du er ikkje medlem av dette brukarutvalet.',
  errorNoCouncils: 'Du er ikkje medlem av noko brukarutval i Utvalg.',
  errorForbidden: 'Du har ikkje tilgang til dette.',
  errorNotFound: 'Fann ikkje møtet. Det kan vere flytta eller sletta.',
  errorServerUnavailable: 'Tenesta er ikkje tilgjengeleg akkurat no. Prøv igjen om litt.',
  errorUnknown: (detail) => `Noko gjekk gale: ${detail}`,
  retry: 'Prøv igjen',
};

const en: Messages = {
  loading: 'Loading …',
  navLabel: 'Views',
  navUpcoming: 'Next meeting',
  devBanner: 'Development mode – not for production',
  devUserLabel: 'Act as demo member',
  devUserReset: 'Use the default demo user',
  councilLabel: 'User council',
  noUpcomingMeetings: 'No upcoming meetings',
  nextMeeting: 'Next meeting',
  time: 'Time',
  place: 'Place',
  online: 'Online',
  meetingLink: 'Meeting link',
  status: 'Status',
  meetingStatus: {
    planned: 'Planned',
    collecting: 'Collecting proposals and input',
    noticeSent: 'Notice sent',
    held: 'Held',
    minutesDraft: 'Minutes being written',
    minutesApproved: 'Minutes approved',
    archived: 'Archived',
    cancelled: 'Cancelled',
  },
  agenda: 'Agenda',
  agendaEmpty: 'No items on the agenda yet.',
  agendaNotLocked: 'The agenda is not final. Items get case numbers when the agenda is locked.',
  itemKind: { briefing: 'Briefing', discussion: 'Discussion', decision: 'Decision' },
  responsible: 'Responsible',
  plannedMinutes: (minutes) => `${minutes} min`,
  postponedFrom: (caseNumber) => `Postponed from case ${caseNumber}`,
  exempt: (legalBasis) => `Exempt from public disclosure, ${legalBasis}`,
  proposals: 'Agenda proposals',
  proposalsEmpty: 'No proposals yet.',
  proposedBy: (name, date) => `Proposed by ${name} on ${date}`,
  proposalStatus: {
    pending: 'Awaiting review',
    accepted: 'Added to the agenda',
    deferred: 'Deferred',
    merged: 'Merged with another item',
    declined: 'Declined',
  },
  reason: 'Reason',
  attendance: 'Attendance',
  attendanceEmpty: 'No members are called to this meeting.',
  member: 'Member',
  answer: 'Answer',
  attendanceState: {
    attend: 'Attending',
    remote: 'Attending online',
    apologies: 'Apologies',
    deputy: 'Deputy attends',
    notAnswered: 'Has not answered',
  },
  deputyAttends: (deputyName) => `Deputy attends: ${deputyName}`,
  apologiesWithReason: (reason) => `Apologies – ${reason}`,
  everyoneAnswered: 'Everyone has answered.',
  expectedQuorum: 'Expected attendance',
  quorum: (present, voting, reached) => `${present} of ${voting} voting members, ${reached ? 'quorum reached' : 'no quorum'}`,
  quorumRequired: (required) => `At least ${required} must be present.`,
  role: { chair: 'chair', viceChair: 'vice chair', member: 'member', observer: 'observer', secretary: 'secretary' },
  inputRequests: 'Written input',
  inputRequestsEmpty: 'No open requests for written input.',
  inputRequestTitle: (index) => `Request ${index}`,
  forItem: (heading) => `For item ${heading}`,
  deadline: 'Deadline',
  questions: 'Questions',
  answered: 'Has answered',
  notAnswered: 'Has not answered',
  nobody: 'Nobody',
  errorTitle: 'Could not show the meeting',
  errorNotSignedIn: 'You are not signed in. Open Utvalg in Teams and try again.',
  errorNotMember: 'You are not a member of this user council.',
  errorNoCouncils: 'You are not a member of any user council in Utvalg.',
  errorForbidden: 'You do not have access to this.',
  errorNotFound: 'The meeting was not found. It may have been moved or deleted.',
  errorServerUnavailable: 'The service is unavailable right now. Please try again shortly.',
  errorUnknown: (detail) => `Something went wrong: ${detail}`,
  retry: 'Try again',
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { nb, nn, en };
