// The meetings view ("Møter") in bokmål, nynorsk and English.
import type { Language } from '../../../bot/src/domain/language';
import type { ScheduleProblemCode } from '../../../bot/src/domain/meeting-schedule';

export interface MeetingsMessages {
  nav: string;
  heading: string;
  create: string;
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  proposalDeadline: string;
  noticeDeadline: string;
  cancelledBecause: (reason: string) => string;
  edit: string;
  editFor: (when: string) => string;
  cancelMeeting: string;
  cancelFor: (when: string) => string;
  /** Accessible name of a link from a meeting to one of its views ("Saksliste for møtet …"). */
  viewFor: (view: string, when: string) => string;
  createHeading: string;
  createIntro: string;
  editHeading: (when: string) => string;
  cancelHeading: (when: string) => string;
  cancelIntro: string;
  fieldDate: string;
  fieldStartTime: string;
  fieldEndTime: string;
  fieldPlace: string;
  placeHint: string;
  fieldOnlineLink: string;
  fieldProposalDeadline: string;
  fieldNoticeDeadline: string;
  deadlinesLegend: string;
  deadlinesHint: string;
  useDefaultDeadlines: string;
  timeZoneNote: (zone: string) => string;
  fieldReason: string;
  reasonHint: string;
  cancelButton: string;
  keepMeeting: string;
  createButton: string;
  placeOrLink: string;
  problems: Record<ScheduleProblemCode, string>;
  yearLocked: string;
  created: (when: string) => string;
  saved: (when: string) => string;
  cancelled: (when: string) => string;
  deadlinePassed: string;
}

const nb: MeetingsMessages = {
  nav: 'Møter',
  heading: 'Møter',
  create: 'Nytt møte',
  upcoming: 'Kommende møter',
  past: 'Tidligere møter',
  noUpcoming: 'Ingen kommende møter.',
  noPast: 'Ingen tidligere møter.',
  proposalDeadline: 'Frist for saksforslag',
  noticeDeadline: 'Innkalling sendes innen',
  cancelledBecause: (reason) => `Avlyst: ${reason}`,
  edit: 'Rediger',
  editFor: (when) => `Rediger møtet ${when}`,
  cancelMeeting: 'Avlys',
  cancelFor: (when) => `Avlys møtet ${when}`,
  viewFor: (view, when) => `${view} for møtet ${when}`,
  createHeading: 'Nytt møte',
  createIntro:
    'Møtet åpner med en gang for saksforslag, oppmøtesvar og innspill. Sakslisten får «Godkjenning av innkalling og referat» og «Eventuelt».',
  editHeading: (when) => `Rediger møtet ${when}`,
  cancelHeading: (when) => `Avlys møtet ${when}`,
  cancelIntro: 'Medlemmene ser at møtet er avlyst, og begrunnelsen. Møtet og det som er samlet inn, beholdes.',
  fieldDate: 'Dato',
  fieldStartTime: 'Starttid',
  fieldEndTime: 'Sluttid',
  fieldPlace: 'Sted',
  placeHint: 'For eksempel «NAV Skien, møterom Ibsen».',
  fieldOnlineLink: 'Lenke til digitalt møte',
  fieldProposalDeadline: 'Frist for saksforslag',
  fieldNoticeDeadline: 'Innkallingen sendes innen',
  deadlinesLegend: 'Frister',
  deadlinesHint: 'Standard: saksforslag 14 dager og innkalling 7 dager før møtet, samme klokkeslett.',
  useDefaultDeadlines: 'Bruk standardfrister',
  timeZoneNote: (zone) => `Alle tider er i utvalgets tidssone (${zone}).`,
  fieldReason: 'Begrunnelse',
  reasonHint: 'Medlemmene ser begrunnelsen.',
  cancelButton: 'Avlys møtet',
  keepMeeting: 'Ikke avlys',
  createButton: 'Opprett møtet',
  placeOrLink: 'Oppgi sted, møtelenke eller begge.',
  problems: {
    invalid: 'Ugyldig dato eller klokkeslett.',
    timeDoesNotExist: 'Dette klokkeslettet finnes ikke den dagen (klokken stilles fram).',
    endNotAfterStart: 'Sluttid må være etter starttid.',
    deadlineNotBeforeStart: 'Fristen må være før møtet begynner.',
    startInPast: 'Møtet må ligge fram i tid.',
    tooFarAhead: 'Høyst fem år fram i tid. Sjekk årstallet.',
  },
  yearLocked: 'Sakslisten er nummerert for dette året. Møtet må bli i samme år.',
  created: (when) => `Møtet ${when} er opprettet.`,
  saved: (when) => `Møtet ${when} er lagret.`,
  cancelled: (when) => `Møtet ${when} er avlyst.`,
  deadlinePassed: 'Denne fristen er allerede passert.',
};

const nn: MeetingsMessages = {
  nav: 'Møte',
  heading: 'Møte',
  create: 'Nytt møte',
  upcoming: 'Komande møte',
  past: 'Tidlegare møte',
  noUpcoming: 'Ingen komande møte.',
  noPast: 'Ingen tidlegare møte.',
  proposalDeadline: 'Frist for saksforslag',
  noticeDeadline: 'Innkalling blir send innan',
  cancelledBecause: (reason) => `Avlyst: ${reason}`,
  edit: 'Rediger',
  editFor: (when) => `Rediger møtet ${when}`,
  cancelMeeting: 'Avlys',
  cancelFor: (when) => `Avlys møtet ${when}`,
  viewFor: (view, when) => `${view} for møtet ${when}`,
  createHeading: 'Nytt møte',
  createIntro:
    'Møtet opnar med ein gong for saksforslag, oppmøtesvar og innspel. Saklista får «Godkjenning av innkalling og referat» og «Eventuelt».',
  editHeading: (when) => `Rediger møtet ${when}`,
  cancelHeading: (when) => `Avlys møtet ${when}`,
  cancelIntro: 'Medlemmene ser at møtet er avlyst, og grunngivinga. Møtet og det som er samla inn, blir teke vare på.',
  fieldDate: 'Dato',
  fieldStartTime: 'Starttid',
  fieldEndTime: 'Sluttid',
  fieldPlace: 'Stad',
  placeHint: 'Til dømes «NAV Skien, møterom Ibsen».',
  fieldOnlineLink: 'Lenkje til digitalt møte',
  fieldProposalDeadline: 'Frist for saksforslag',
  fieldNoticeDeadline: 'Innkallinga blir send innan',
  deadlinesLegend: 'Fristar',
  deadlinesHint: 'Standard: saksforslag 14 dagar og innkalling 7 dagar før møtet, same klokkeslett.',
  useDefaultDeadlines: 'Bruk standardfristar',
  timeZoneNote: (zone) => `Alle tider er i tidssona til utvalet (${zone}).`,
  fieldReason: 'Grunngiving',
  reasonHint: 'Medlemmene ser grunngivinga.',
  cancelButton: 'Avlys møtet',
  keepMeeting: 'Ikkje avlys',
  createButton: 'Opprett møtet',
  placeOrLink: 'Oppgi stad, møtelenkje eller begge.',
  problems: {
    invalid: 'Ugyldig dato eller klokkeslett.',
    timeDoesNotExist: 'Dette klokkeslettet finst ikkje den dagen (klokka blir stilt fram).',
    endNotAfterStart: 'Sluttida må vere etter starttida.',
    deadlineNotBeforeStart: 'Fristen må vere før møtet byrjar.',
    startInPast: 'Møtet må liggje fram i tid.',
    tooFarAhead: 'Høgst fem år fram i tid. Sjekk årstalet.',
  },
  yearLocked: 'Saklista er nummerert for dette året. Møtet må bli i same år.',
  created: (when) => `Møtet ${when} er oppretta.`,
  saved: (when) => `Møtet ${when} er lagra.`,
  cancelled: (when) => `Møtet ${when} er avlyst.`,
  deadlinePassed: 'Denne fristen er alt passert.',
};

const en: MeetingsMessages = {
  nav: 'Meetings',
  heading: 'Meetings',
  create: 'New meeting',
  upcoming: 'Upcoming meetings',
  past: 'Past meetings',
  noUpcoming: 'No upcoming meetings.',
  noPast: 'No past meetings.',
  proposalDeadline: 'Proposals close',
  noticeDeadline: 'Notice goes out by',
  cancelledBecause: (reason) => `Cancelled: ${reason}`,
  edit: 'Edit',
  editFor: (when) => `Edit the meeting ${when}`,
  cancelMeeting: 'Cancel meeting',
  cancelFor: (when) => `Cancel the meeting ${when}`,
  viewFor: (view, when) => `${view} for the meeting ${when}`,
  createHeading: 'New meeting',
  createIntro:
    'The meeting opens at once for proposals, attendance and written input. The agenda gets "Approval of the notice and the minutes" and "Any other business".',
  editHeading: (when) => `Edit the meeting ${when}`,
  cancelHeading: (when) => `Cancel the meeting ${when}`,
  cancelIntro: 'Members see that the meeting is cancelled, and why. The meeting and what was collected are kept.',
  fieldDate: 'Date',
  fieldStartTime: 'Start time',
  fieldEndTime: 'End time',
  fieldPlace: 'Place',
  placeHint: 'For example "NAV Skien, meeting room Ibsen".',
  fieldOnlineLink: 'Online meeting link',
  fieldProposalDeadline: 'Proposals close',
  fieldNoticeDeadline: 'Notice goes out by',
  deadlinesLegend: 'Deadlines',
  deadlinesHint: 'Default: proposals 14 days and notice 7 days before the meeting, at the same time of day.',
  useDefaultDeadlines: 'Use default deadlines',
  timeZoneNote: (zone) => `All times are in the council's time zone (${zone}).`,
  fieldReason: 'Reason',
  reasonHint: 'Members see the reason.',
  cancelButton: 'Cancel the meeting',
  keepMeeting: 'Keep the meeting',
  createButton: 'Create meeting',
  placeOrLink: 'Give a place, a meeting link, or both.',
  problems: {
    invalid: 'Not a valid date or time.',
    timeDoesNotExist: 'This time does not exist on that day (the clocks go forward).',
    endNotAfterStart: 'The end must be after the start.',
    deadlineNotBeforeStart: 'The deadline must be before the meeting starts.',
    startInPast: 'The meeting must be in the future.',
    tooFarAhead: 'At most five years ahead. Check the year.',
  },
  yearLocked: 'The agenda is numbered for this year. The meeting must stay in the same year.',
  created: (when) => `The meeting ${when} has been created.`,
  saved: (when) => `The meeting ${when} has been saved.`,
  cancelled: (when) => `The meeting ${when} has been cancelled.`,
  deadlinePassed: 'This deadline has already passed.',
};

export const MEETINGS_MESSAGES: Readonly<Record<Language, MeetingsMessages>> = { nb, nn, en };
