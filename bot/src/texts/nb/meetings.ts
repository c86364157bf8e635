// The meetings view ("Møter").

export interface MeetingsTexts {
  nav: string;
  heading: string;
  create: string;
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  /** Archived meetings: out of the active lists, still readable. */
  archive: string;
  archiveIntro: string;
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
  /** The schedule's 'invalid' in this form's own words: every field it checks is a date or a time. */
  invalidDateTime: string;
  created: (when: string) => string;
  saved: (when: string) => string;
  cancelled: (when: string) => string;
  deadlinePassed: string;
}

export const meetings: MeetingsTexts = {
  nav: 'Møter',
  heading: 'Møter',
  create: 'Nytt møte',
  upcoming: 'Kommende møter',
  past: 'Tidligere møter',
  noUpcoming: 'Ingen kommende møter.',
  noPast: 'Ingen tidligere møter.',
  archive: 'Arkiv',
  archiveIntro: 'Møter med godkjent referat eldre enn utvalgets arkivperiode. De kan leses, men ikke endres.',
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
  invalidDateTime: 'Ugyldig dato eller klokkeslett.',
  created: (when) => `Møtet ${when} er opprettet.`,
  saved: (when) => `Møtet ${when} er lagret.`,
  cancelled: (when) => `Møtet ${when} er avlyst.`,
  deadlinePassed: 'Denne fristen er allerede passert.',
};
