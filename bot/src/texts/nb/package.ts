// The meeting package view ("Møtepakke"): notice, numbered agenda, attachments, written input; printable.
import type { ItemChangeKind } from '../../domain/agenda-changes';
import { plural } from '../plural';

export interface PackageTexts {
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

export const meetingPackage: PackageTexts = {
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
      added > 0 ? `${added} ${plural('nb', added, { one: 'ny sak', other: 'nye saker' })}` : '',
      edited > 0 ? `${edited} ${plural('nb', edited, { one: 'sak endret', other: 'saker endret' })}` : '',
      removed > 0 ? `${removed} ${plural('nb', removed, { one: 'sak tatt av', other: 'saker tatt av' })}` : '',
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
  inputRound: (n) => `Innspillsforespørsel ${n}`,
  noInputYet: 'Ingen innspill ennå.',
  othersHidden: 'Andres innspill vises bare for sekretæren og lederen fram til møtet.',
  inputByName: (name) => `${name}:`,
  loading: 'Laster møtepakken …',
  noMeetings: 'Utvalget har ingen møter ennå.',
};
