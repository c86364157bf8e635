// Documents the council files and publishes: the notice (innkalling) and the minutes (referat), in the same words.
export interface DocumentTexts {
  noticeTitle: (council: string) => string;
  noticeSubject: (date: string) => string;
  /** File names: innkalling-2027-01-13.pdf, innkalling-2027-01-13-offentlig.pdf (ASCII-safe words). */
  noticeFile: string;
  publicFile: string;
  publicVersion: string;
  draft: string;
  draftNotice: string;
  time: string;
  place: string;
  online: string;
  agenda: string;
  responsible: string;
  kind: string;
  attachments: string;
  attachment: (n: number) => string;
  defaultPublicTitle: string;
  exempt: (legalBasis: string) => string;
  exemptOmitted: string;
  postponedFrom: (caseNumber: string) => string;
  writtenInput: string;
  inputFor: (heading: string) => string;
  inputRound: (n: number) => string;
  inputDeadline: (date: string) => string;
  noInputYet: string;
  othersHidden: string;
  called: string;
  calledEmpty: string;
  apologies: string;
  apologiesEmpty: string;
  name: string;
  role: string;
  organisation: string;
  answer: string;
  reason: string;
  pageOf: (page: number, total: number) => string;
  minutesTitle: (council: string, date: string) => string;
  minutesSubject: (date: string) => string;
  /** referat-2027-01-13.pdf (ASCII-safe). */
  minutesFile: string;
  minutesDraftNotice: string;
  apologiesNone: string;
  presentNone: string;
  followUps: string;
  followUpWhat: string;
  followUpDue: string;
  amendments: string;
  amendedField: { notes: string; decision: string };
  amendmentWhat: (field: string) => string;
  amendmentAfter: (text: string) => string;
  nextMeetingNone: string;
  minuteTakerNone: string;
  downloadWord: string;
  downloadPdf: string;
  downloadFailed: string;
}

export const documents: DocumentTexts = {
  noticeTitle: (council) => `Innkalling til møte i ${council}`,
  noticeSubject: (date) => `Innkalling og saksliste, møte ${date}`,
  noticeFile: 'innkalling',
  publicFile: 'offentlig',
  publicVersion: 'Offentlig versjon',
  draft: 'Utkast',
  draftNotice: 'Utkast: innkallingen er ikke sendt ennå, og sakene har ikke fått saksnummer.',
  time: 'Tid',
  place: 'Sted',
  online: 'Digitalt',
  agenda: 'Saksliste',
  responsible: 'Ansvarlig',
  kind: 'Type',
  attachments: 'Vedlegg',
  attachment: (n) => `Vedlegg ${n}`,
  defaultPublicTitle: 'Unntatt offentlighet',
  exempt: (legalBasis) => `Unntatt offentlighet, ${legalBasis}`,
  exemptOmitted: 'Innholdet er unntatt offentlighet.',
  postponedFrom: (caseNumber) => `Utsatt fra sak ${caseNumber}`,
  writtenInput: 'Skriftlige innspill',
  inputFor: (heading) => `Innspill til sak ${heading}`,
  inputRound: (n) => `Innspillsforespørsel ${n}`,
  inputDeadline: (date) => `Frist: ${date}`,
  noInputYet: 'Ingen innspill.',
  othersHidden: 'Innspill fra andre vises bare for sekretæren og lederen fram til møtet.',
  called: 'Innkalt',
  calledEmpty: 'Ingen er kalt inn.',
  apologies: 'Forfall',
  apologiesEmpty: 'Ingen har meldt forfall.',
  name: 'Navn',
  role: 'Rolle',
  organisation: 'Organisasjon',
  answer: 'Svar',
  reason: 'Grunn',
  pageOf: (page, total) => `Side ${page} av ${total}`,
  minutesTitle: (council, date) => `Referat fra møte i ${council} ${date}`,
  minutesSubject: (date) => `Referat, møte ${date}`,
  minutesFile: 'referat',
  minutesDraftNotice: 'Utkast: referatet er ikke godkjent. Det godkjennes på neste møte.',
  apologiesNone: 'Ingen meldte forfall.',
  presentNone: 'Ingen er registrert som til stede.',
  followUps: 'Oppfølging',
  followUpWhat: 'Hva',
  followUpDue: 'Frist',
  amendments: 'Rettelser etter godkjenning',
  amendedField: { notes: 'referatteksten', decision: 'vedtaket' },
  amendmentWhat: (field) => `Rettet: ${field}`,
  amendmentAfter: (text) => `Etter: ${text}`,
  nextMeetingNone: 'Ikke fastsatt.',
  minuteTakerNone: 'Ikke oppgitt.',
  downloadWord: 'Last ned Word',
  downloadPdf: 'Last ned PDF',
  downloadFailed: 'Dokumentet kunne ikke lastes ned. Prøv igjen.',
};
