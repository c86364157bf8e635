// The meeting package view ("Møtepakke"): notice, numbered agenda, attachments, written input; printable.
import type { ItemChangeKind } from '../../../bot/src/domain/agenda-changes';
import type { Language } from '../../../bot/src/domain/language';

export interface PackageMessages {
  nav: string;
  heading: (council: string) => string;
  meetingLabel: string;
  meetingOption: (time: string, status: string) => string;
  print: string;
  publicVersion: string;
  publicVersionHint: string;
  publicVersionBanner: string;
  notice: string;
  meeting: string;
  status: string;
  noticeSentOn: (date: string) => string;
  noticeDueBy: (date: string) => string;
  proposalDeadline: string;
  inputDeadline: (date: string) => string;
  agenda: string;
  agendaEmpty: string;
  notNumberedYet: string;
  numberWhenChangesSent: string;
  kind: string;
  responsible: string;
  plannedMinutes: (minutes: number) => string;
  attachments: string;
  attachment: (n: number) => string;
  exempt: (legalBasis: string) => string;
  exemptContentOmitted: string;
  changedAfterNotice: string;
  changesHeading: string;
  changesSummary: (counts: { added: number; edited: number; removed: number; meeting: number }) => string;
  change: Record<ItemChangeKind, string>;
  wasTitled: (title: string) => string;
  wasMinutes: (minutes: number | undefined) => string;
  removedItems: string;
  meetingTimeChanged: (was: string) => string;
  meetingPlaceChanged: (was: string) => string;
  writtenInput: string;
  writtenInputEmpty: string;
  inputFor: (heading: string) => string;
  inputRound: (n: number) => string;
  noInputYet: string;
  othersHidden: string;
  inputByName: (name: string) => string;
  loading: string;
  noMeetings: string;
}

const nb: PackageMessages = {
  nav: 'Møtepakke',
  heading: (council) => `Møtepakke – ${council}`,
  meetingLabel: 'Møte',
  meetingOption: (time, status) => `${time} (${status})`,
  print: 'Skriv ut',
  publicVersion: 'Offentlig versjon',
  publicVersionHint: 'Utelater innholdet i saker som er unntatt offentlighet.',
  publicVersionBanner: 'Offentlig versjon: innholdet i saker unntatt offentlighet er utelatt.',
  notice: 'Innkalling',
  meeting: 'Møtetid',
  status: 'Status',
  noticeSentOn: (date) => `Innkallingen ble sendt ${date}.`,
  noticeDueBy: (date) => `Innkallingen sendes senest ${date}.`,
  proposalDeadline: 'Frist for saksforslag',
  inputDeadline: (date) => `Frist for skriftlige innspill: ${date}`,
  agenda: 'Saksliste',
  agendaEmpty: 'Ingen saker er satt opp ennå.',
  notNumberedYet: 'Sakene får saksnummer når innkallingen sendes.',
  numberWhenChangesSent: 'Får saksnummer når endringene sendes',
  kind: 'Type',
  responsible: 'Ansvarlig',
  plannedMinutes: (minutes) => `${minutes} min`,
  attachments: 'Vedlegg',
  attachment: (n) => `Vedlegg ${n}`,
  exempt: (legalBasis) => `Unntatt offentlighet (${legalBasis})`,
  exemptContentOmitted: 'Innholdet er unntatt offentlighet og er utelatt.',
  changedAfterNotice: 'Endret etter innkalling',
  changesHeading: 'Endret etter innkalling',
  changesSummary: ({ added, edited, removed, meeting }) =>
    [
      added > 0 ? `${added} ${added === 1 ? 'ny sak' : 'nye saker'}` : '',
      edited > 0 ? `${edited} ${edited === 1 ? 'sak endret' : 'saker endret'}` : '',
      removed > 0 ? `${removed} ${removed === 1 ? 'sak tatt av' : 'saker tatt av'}` : '',
      meeting > 0 ? 'nytt tidspunkt eller sted' : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  change: {
    added: 'Ny sak etter innkallingen',
    retitled: 'Ny tittel',
    moved: 'Flyttet i sakslisten',
    minutesChanged: 'Ny tidsramme',
    kindChanged: 'Ny sakstype',
    responsibleChanged: 'Ny ansvarlig',
    contentChanged: 'Innholdet er endret',
  },
  wasTitled: (title) => `(var: «${title}»)`,
  wasMinutes: (minutes) => (minutes === undefined ? '(var: ingen)' : `(var: ${minutes} min)`),
  removedItems: 'Tatt av sakslisten',
  meetingTimeChanged: (was) => `Nytt tidspunkt (var: ${was})`,
  meetingPlaceChanged: (was) => `Nytt sted (var: ${was})`,
  writtenInput: 'Skriftlige innspill',
  writtenInputEmpty: 'Ingen innspill er bedt om til dette møtet.',
  inputFor: (heading) => `Innspill til sak ${heading}`,
  inputRound: (n) => `Innspillsrunde ${n}`,
  noInputYet: 'Ingen innspill ennå.',
  othersHidden: 'Andres innspill vises bare for sekretæren og lederen fram til møtet.',
  inputByName: (name) => `${name}:`,
  loading: 'Laster møtepakken …',
  noMeetings: 'Utvalget har ingen møter ennå.',
};

const nn: PackageMessages = {
  nav: 'Møtepakke',
  heading: (council) => `Møtepakke – ${council}`,
  meetingLabel: 'Møte',
  meetingOption: (time, status) => `${time} (${status})`,
  print: 'Skriv ut',
  publicVersion: 'Offentleg versjon',
  publicVersionHint: 'Utelèt innhaldet i saker som er unnatekne offentlegheit.',
  publicVersionBanner: 'Offentleg versjon: innhaldet i saker unnatekne offentlegheit er utelate.',
  notice: 'Innkalling',
  meeting: 'Møtetid',
  status: 'Status',
  noticeSentOn: (date) => `Innkallinga vart send ${date}.`,
  noticeDueBy: (date) => `Innkallinga blir send seinast ${date}.`,
  proposalDeadline: 'Frist for saksforslag',
  inputDeadline: (date) => `Frist for skriftlege innspel: ${date}`,
  agenda: 'Sakliste',
  agendaEmpty: 'Ingen saker er sette opp enno.',
  notNumberedYet: 'Sakene får saksnummer når innkallinga blir send.',
  numberWhenChangesSent: 'Får saksnummer når endringane blir sende',
  kind: 'Type',
  responsible: 'Ansvarleg',
  plannedMinutes: (minutes) => `${minutes} min`,
  attachments: 'Vedlegg',
  attachment: (n) => `Vedlegg ${n}`,
  exempt: (legalBasis) => `Unnateke offentlegheit (${legalBasis})`,
  exemptContentOmitted: 'Innhaldet er unnateke offentlegheit og er utelate.',
  changedAfterNotice: 'Endra etter innkalling',
  changesHeading: 'Endra etter innkalling',
  changesSummary: ({ added, edited, removed, meeting }) =>
    [
      added > 0 ? `${added} ${added === 1 ? 'ny sak' : 'nye saker'}` : '',
      edited > 0 ? `${edited} ${edited === 1 ? 'sak endra' : 'saker endra'}` : '',
      removed > 0 ? `${removed} ${removed === 1 ? 'sak teken av' : 'saker tekne av'}` : '',
      meeting > 0 ? 'nytt tidspunkt eller ny stad' : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  change: {
    added: 'Ny sak etter innkallinga',
    retitled: 'Ny tittel',
    moved: 'Flytta i saklista',
    minutesChanged: 'Ny tidsramme',
    kindChanged: 'Ny sakstype',
    responsibleChanged: 'Ny ansvarleg',
    contentChanged: 'Innhaldet er endra',
  },
  wasTitled: (title) => `(var: «${title}»)`,
  wasMinutes: (minutes) => (minutes === undefined ? '(var: inga)' : `(var: ${minutes} min)`),
  removedItems: 'Tekne av saklista',
  meetingTimeChanged: (was) => `Nytt tidspunkt (var: ${was})`,
  meetingPlaceChanged: (was) => `Ny stad (var: ${was})`,
  writtenInput: 'Skriftlege innspel',
  writtenInputEmpty: 'Ingen innspel er bedne om til dette møtet.',
  inputFor: (heading) => `Innspel til sak ${heading}`,
  inputRound: (n) => `Innspelsrunde ${n}`,
  noInputYet: 'Ingen innspel enno.',
  othersHidden: 'Innspela frå andre blir viste berre for sekretæren og leiaren fram til møtet.',
  inputByName: (name) => `${name}:`,
  loading: 'Lastar møtepakken …',
  noMeetings: 'Utvalet har ingen møte enno.',
};

const en: PackageMessages = {
  nav: 'Meeting package',
  heading: (council) => `Meeting package – ${council}`,
  meetingLabel: 'Meeting',
  meetingOption: (time, status) => `${time} (${status})`,
  print: 'Print',
  publicVersion: 'Public version',
  publicVersionHint: 'Leaves out the content of items exempt from public disclosure.',
  publicVersionBanner: 'Public version: the content of items exempt from public disclosure is left out.',
  notice: 'Notice',
  meeting: 'Time',
  status: 'Status',
  noticeSentOn: (date) => `The notice was sent ${date}.`,
  noticeDueBy: (date) => `The notice goes out by ${date}.`,
  proposalDeadline: 'Deadline for proposals',
  inputDeadline: (date) => `Deadline for written input: ${date}`,
  agenda: 'Agenda',
  agendaEmpty: 'No items on the agenda yet.',
  notNumberedYet: 'Items get case numbers when the notice is sent.',
  numberWhenChangesSent: 'Gets a case number when the changes are sent',
  kind: 'Kind',
  responsible: 'Responsible',
  plannedMinutes: (minutes) => `${minutes} min`,
  attachments: 'Attachments',
  attachment: (n) => `Attachment ${n}`,
  exempt: (legalBasis) => `Exempt from public disclosure (${legalBasis})`,
  exemptContentOmitted: 'The content is exempt from public disclosure and left out.',
  changedAfterNotice: 'Changed after the notice',
  changesHeading: 'Changed after the notice',
  changesSummary: ({ added, edited, removed, meeting }) =>
    [
      added > 0 ? `${added} new ${added === 1 ? 'item' : 'items'}` : '',
      edited > 0 ? `${edited} ${edited === 1 ? 'item' : 'items'} changed` : '',
      removed > 0 ? `${removed} ${removed === 1 ? 'item' : 'items'} removed` : '',
      meeting > 0 ? 'new time or place' : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  change: {
    added: 'New item after the notice',
    retitled: 'New title',
    moved: 'Moved on the agenda',
    minutesChanged: 'New time allotted',
    kindChanged: 'New kind',
    responsibleChanged: 'New responsible',
    contentChanged: 'Content changed',
  },
  wasTitled: (title) => `(was: “${title}”)`,
  wasMinutes: (minutes) => (minutes === undefined ? '(was: none)' : `(was: ${minutes} min)`),
  removedItems: 'Removed from the agenda',
  meetingTimeChanged: (was) => `New time (was: ${was})`,
  meetingPlaceChanged: (was) => `New place (was: ${was})`,
  writtenInput: 'Written input',
  writtenInputEmpty: 'No written input was asked for this meeting.',
  inputFor: (heading) => `Input on item ${heading}`,
  inputRound: (n) => `Input round ${n}`,
  noInputYet: 'No input yet.',
  othersHidden: "Other members' input is shown only to the secretary and the chair until the meeting.",
  inputByName: (name) => `${name}:`,
  loading: 'Loading the meeting package …',
  noMeetings: 'The council has no meetings yet.',
};

export const PACKAGE_MESSAGES: Readonly<Record<Language, PackageMessages>> = { nb, nn, en };
