// Locking and publishing the notice ("Lås og send innkalling") and later changes, for the secretary and the chair.
import type { ChannelLink, ChannelOutcome } from '../../domain/agenda-publication';
import { plural } from '../plural';

export interface PublishTexts {
  heading: string;
  loading: string;
  notPublished: string;
  publishNotice: string;
  dialogTitle: string;
  dialogIntro: string;
  willNumber: (count: number, span: string) => string;
  willKeepNumbers: string;
  numbersFinal: string;
  willMoveStatus: string;
  channelWill: Record<ChannelLink, string>;
  confirmNotice: string;
  cancel: string;
  publishing: string;
  publishedOn: (date: string) => string;
  revisionOn: (revision: number, date: string) => string;
  outcome: Record<ChannelOutcome, string>;
  postState: {
    pending: string;
    sending: string;
    sent: (date: string) => string;
    failed: string;
    unreachable: string;
    noChannel: string;
  };
  retryPost: string;
  unpublishedChanges: (count: number) => string;
  noUnpublishedChanges: string;
  sendChanges: string;
  changesDialogTitle: string;
  changesDialogIntro: (count: number) => string;
  changesWillNumber: (count: number, span: string) => string;
  changesChannel: Record<ChannelLink, string>;
  confirmChanges: string;
  noticeSent: string;
  changesSent: string;
  notEditable: string;
  concurrentEdit: string;
  alreadyPublished: string;
  nothingToSend: string;
  forbidden: string;
  failed: string;
  reload: string;
}

export const publish: PublishTexts = {
  heading: 'Utsending',
  loading: 'Henter status for innkallingen …',
  notPublished: 'Innkallingen er ikke sendt ennå.',
  publishNotice: 'Lås og send innkalling',
  dialogTitle: 'Lås og send innkalling?',
  dialogIntro: 'Dette skjer når du sender:',
  willNumber: (count, span) =>
    `Sakslisten låses: ${count} ${plural('nb', count, { one: 'sak', other: 'saker' })} får saksnummer ${span}, i rekkefølgen på sakslisten.`,
  willKeepNumbers: 'Sakslisten låses. Sakene har allerede saksnummer og beholder dem.',
  numbersFinal: 'Saksnumrene endres ikke og brukes aldri om igjen.',
  willMoveStatus: 'Møtet får status «Innkalling sendt». Sakslisten kan fortsatt endres, men endringer vises som endringer.',
  channelWill: {
    linked: 'Et kort med tid, sted, sakslisten og lenke til møtepakken postes i utvalgets kanal.',
    noConversation:
      'Utvalg er ikke lagt til i teamet, så kortet kan ikke postes i kanalen. Møtepakken ligger i fanen – gi beskjed til medlemmene selv.',
    notLinked: 'Utvalget er ikke koblet til en kanal i Teams. Møtepakken ligger i fanen – gi beskjed til medlemmene selv.',
  },
  confirmNotice: 'Lås og send',
  cancel: 'Avbryt',
  publishing: 'Sender …',
  publishedOn: (date) => `Innkallingen ble sendt ${date}.`,
  revisionOn: (revision, date) => `Endringer sendt ${date} (utsending ${revision}).`,
  outcome: {
    sent: 'Kortet er postet i kanalen.',
    alreadySent: 'Kortet var allerede postet i kanalen.',
    noChannel: 'Utvalget er ikke koblet til en kanal, så ingenting ble postet – møtepakken ligger i fanen.',
    unreachable: 'Utvalg når ikke kanalen (er appen fjernet fra teamet?), så ingenting ble postet. Møtepakken ligger i fanen.',
    failed: 'Kortet kunne ikke postes i kanalen. Prøv igjen om litt.',
    inProgress: 'Kortet postes akkurat nå. Last inn på nytt om litt.',
  },
  postState: {
    pending: 'Kortet er ikke postet i kanalen ennå.',
    sending: 'Kortet ble forsøkt postet, men det ble ikke bekreftet. Sjekk kanalen før du prøver igjen.',
    sent: (date) => `Kortet ble postet i kanalen ${date}.`,
    failed: 'Kortet kunne ikke postes i kanalen.',
    unreachable: 'Utvalg når ikke kanalen. Legg appen til i teamet og prøv igjen.',
    noChannel: 'Utvalget er ikke koblet til en kanal. Møtepakken ligger i fanen.',
  },
  retryPost: 'Prøv å poste i kanalen igjen',
  unpublishedChanges: (count) =>
    `Sakslisten er endret etter siste utsending: ${count} ${plural('nb', count, { one: 'endring', other: 'endringer' })} er ikke sendt.`,
  noUnpublishedChanges: 'Ingen endringer venter på å bli sendt.',
  sendChanges: 'Send endringer',
  changesDialogTitle: 'Send endringer i sakslisten?',
  changesDialogIntro: (count) => `${count} ${plural('nb', count, { one: 'endring', other: 'endringer' })} sendes. Dette skjer:`,
  changesWillNumber: (count, span) =>
    `${count} ${plural('nb', count, { one: 'ny sak', other: 'nye saker' })} får saksnummer ${span}. Andre saker beholder numrene sine.`,
  changesChannel: {
    linked: 'En kort melding med endringene og lenke til møtepakken postes i utvalgets kanal.',
    noConversation: 'Utvalg er ikke lagt til i teamet, så meldingen kan ikke postes. Endringene vises i møtepakken.',
    notLinked: 'Utvalget er ikke koblet til en kanal. Endringene vises i møtepakken.',
  },
  confirmChanges: 'Send endringer',
  noticeSent: 'Innkallingen er sendt.',
  changesSent: 'Endringene er sendt.',
  notEditable: 'Møtet er avholdt eller avlyst; ingenting kan sendes.',
  concurrentEdit: 'Møtet er endret av noen andre. Last inn på nytt og se over før du sender.',
  alreadyPublished: 'Innkallingen er allerede sendt.',
  nothingToSend: 'Ingenting er endret siden siste utsending.',
  forbidden: 'Bare sekretæren og lederen kan sende innkallingen.',
  failed: 'Det gikk ikke. Prøv igjen om litt.',
  reload: 'Last inn på nytt',
};
