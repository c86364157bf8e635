// The tab's shell (navigation, errors, dev banner) and the next-meeting view; bokmål, the reference.
import type { ItemKind } from '../../domain/agenda';
import type { AttendanceState } from '../../domain/attendance';
import type { MeetingStatus } from '../../domain/meeting-status';
import type { Role } from '../../domain/member';
import type { ProposalStatus } from '../../domain/proposal';

export interface AppTexts {
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
  /** The chain of earlier case numbers, oldest first. */
  postponedFrom: (caseNumbers: readonly string[]) => string;
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
  errorUnknown: string;
  retry: string;
}

export const app: AppTexts = {
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
  postponedFrom: (caseNumbers) => `Utsatt fra ${caseNumbers.join(', ')}`,
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
    deputy: 'Varamedlem møter',
    notAnswered: 'Ikke svart',
  },
  deputyAttends: (deputyName) => `Varamedlem møter: ${deputyName}`,
  apologiesWithReason: (reason) => `Forfall – ${reason}`,
  everyoneAnswered: 'Alle har svart.',
  expectedQuorum: 'Forventet oppmøte',
  quorum: (present, voting, reached) =>
    `${present} av ${voting} stemmeberettigede, ${reached ? 'vedtaksført' : 'ikke vedtaksført'}`,
  quorumRequired: (required) => `Minst ${required} må være til stede.`,
  role: { chair: 'leder', viceChair: 'nestleder', member: 'medlem', observer: 'observatør', secretary: 'sekretær' },
  inputRequests: 'Skriftlige innspill',
  inputRequestsEmpty: 'Ingen åpne innspillsforespørsler.',
  inputRequestTitle: (index) => `Innspillsforespørsel ${index}`,
  forItem: (heading) => `Gjelder sak ${heading}`,
  deadline: 'Frist',
  questions: 'Spørsmål',
  answered: 'Har svart',
  notAnswered: 'Ikke svart',
  nobody: 'Ingen',
  errorTitle: 'Kunne ikke vise møtet',
  errorNotSignedIn: 'Du er ikke logget inn. Åpne Utvalg i Teams og prøv igjen.',
  errorNotMember: 'Du er ikke medlem av dette brukerutvalget.',
  errorNoCouncils: 'Du er ikke medlem av noe brukerutvalg i Utvalg.',
  errorForbidden: 'Du har ikke tilgang til dette.',
  errorNotFound: 'Fant ikke møtet. Det kan være flyttet eller slettet.',
  errorServerUnavailable: 'Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  errorUnknown: 'Noe gikk galt. Prøv igjen om litt.',
  retry: 'Prøv igjen',
};
