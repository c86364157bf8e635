// Locking and publishing the notice ("Lås og send innkalling") and later changes, for the secretary and the chair.
import type { ChannelLink, ChannelOutcome } from '../../../bot/src/domain/agenda-publication';
import type { Language } from '../../../bot/src/domain/language';

export interface PublishMessages {
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
  failed: (detail: string) => string;
  reload: string;
}

const nb: PublishMessages = {
  heading: 'Utsending',
  loading: 'Henter status for innkallingen …',
  notPublished: 'Innkallingen er ikke sendt ennå.',
  publishNotice: 'Lås og send innkalling',
  dialogTitle: 'Lås og send innkalling?',
  dialogIntro: 'Dette skjer når du sender:',
  willNumber: (count, span) =>
    `Sakslisten låses: ${count} ${count === 1 ? 'sak' : 'saker'} får saksnummer ${span}, i rekkefølgen på sakslisten.`,
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
    `Sakslisten er endret etter siste utsending: ${count} ${count === 1 ? 'endring' : 'endringer'} er ikke sendt.`,
  noUnpublishedChanges: 'Ingen endringer venter på å bli sendt.',
  sendChanges: 'Send endringer',
  changesDialogTitle: 'Send endringer i sakslisten?',
  changesDialogIntro: (count) => `${count} ${count === 1 ? 'endring' : 'endringer'} sendes. Dette skjer:`,
  changesWillNumber: (count, span) =>
    `${count} ${count === 1 ? 'ny sak' : 'nye saker'} får saksnummer ${span}. Andre saker beholder numrene sine.`,
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
  failed: (detail) => `Det gikk ikke: ${detail}`,
  reload: 'Last inn på nytt',
};

const nn: PublishMessages = {
  heading: 'Utsending',
  loading: 'Hentar status for innkallinga …',
  notPublished: 'Innkallinga er ikkje send enno.',
  publishNotice: 'Lås og send innkalling',
  dialogTitle: 'Lås og send innkalling?',
  dialogIntro: 'Dette skjer når du sender:',
  willNumber: (count, span) =>
    `Saklista blir låst: ${count} ${count === 1 ? 'sak' : 'saker'} får saksnummer ${span}, i rekkjefølgja på saklista.`,
  willKeepNumbers: 'Saklista blir låst. Sakene har alt saksnummer og held på dei.',
  numbersFinal: 'Saksnummera blir ikkje endra og blir aldri brukte om att.',
  willMoveStatus:
    'Møtet får status «Innkallinga er send». Saklista kan framleis endrast, men endringar blir viste som endringar.',
  channelWill: {
    linked: 'Eit kort med tid, stad, saklista og lenkje til møtepakken blir posta i kanalen til utvalet.',
    noConversation:
      'Utvalg er ikkje lagt til i teamet, så kortet kan ikkje postast i kanalen. Møtepakken ligg i fana – gi beskjed til medlemmene sjølv.',
    notLinked: 'Utvalet er ikkje kopla til ein kanal i Teams. Møtepakken ligg i fana – gi beskjed til medlemmene sjølv.',
  },
  confirmNotice: 'Lås og send',
  cancel: 'Avbryt',
  publishing: 'Sender …',
  publishedOn: (date) => `Innkallinga vart send ${date}.`,
  revisionOn: (revision, date) => `Endringar sende ${date} (utsending ${revision}).`,
  outcome: {
    sent: 'Kortet er posta i kanalen.',
    alreadySent: 'Kortet var alt posta i kanalen.',
    noChannel: 'Utvalet er ikkje kopla til ein kanal, så ingenting vart posta – møtepakken ligg i fana.',
    unreachable: 'Utvalg når ikkje kanalen (er appen fjerna frå teamet?), så ingenting vart posta. Møtepakken ligg i fana.',
    failed: 'Kortet kunne ikkje postast i kanalen. Prøv igjen om litt.',
    inProgress: 'Kortet blir posta akkurat no. Last inn på nytt om litt.',
  },
  postState: {
    pending: 'Kortet er ikkje posta i kanalen enno.',
    sending: 'Kortet vart forsøkt posta, men det vart ikkje stadfesta. Sjekk kanalen før du prøver igjen.',
    sent: (date) => `Kortet vart posta i kanalen ${date}.`,
    failed: 'Kortet kunne ikkje postast i kanalen.',
    unreachable: 'Utvalg når ikkje kanalen. Legg appen til i teamet og prøv igjen.',
    noChannel: 'Utvalet er ikkje kopla til ein kanal. Møtepakken ligg i fana.',
  },
  retryPost: 'Prøv å poste i kanalen igjen',
  unpublishedChanges: (count) =>
    `Saklista er endra etter siste utsending: ${count} ${count === 1 ? 'endring' : 'endringar'} er ikkje sende.`,
  noUnpublishedChanges: 'Ingen endringar ventar på å bli sende.',
  sendChanges: 'Send endringar',
  changesDialogTitle: 'Send endringar i saklista?',
  changesDialogIntro: (count) => `${count} ${count === 1 ? 'endring' : 'endringar'} blir sende. Dette skjer:`,
  changesWillNumber: (count, span) =>
    `${count} ${count === 1 ? 'ny sak' : 'nye saker'} får saksnummer ${span}. Andre saker held på nummera sine.`,
  changesChannel: {
    linked: 'Ei kort melding med endringane og lenkje til møtepakken blir posta i kanalen til utvalet.',
    noConversation: 'Utvalg er ikkje lagt til i teamet, så meldinga kan ikkje postast. Endringane blir viste i møtepakken.',
    notLinked: 'Utvalet er ikkje kopla til ein kanal. Endringane blir viste i møtepakken.',
  },
  confirmChanges: 'Send endringar',
  noticeSent: 'Innkallinga er send.',
  changesSent: 'Endringane er sende.',
  notEditable: 'Møtet er halde eller avlyst; ingenting kan sendast.',
  concurrentEdit: 'Møtet er endra av nokon andre. Last inn på nytt og sjå over før du sender.',
  alreadyPublished: 'Innkallinga er alt send.',
  nothingToSend: 'Ingenting er endra sidan siste utsending.',
  forbidden: 'Berre sekretæren og leiaren kan sende innkallinga.',
  failed: (detail) => `Det gjekk ikkje: ${detail}`,
  reload: 'Last inn på nytt',
};

const en: PublishMessages = {
  heading: 'Publishing',
  loading: 'Loading the notice status …',
  notPublished: 'The notice has not been sent yet.',
  publishNotice: 'Lock and send notice',
  dialogTitle: 'Lock and send the notice?',
  dialogIntro: 'When you send:',
  willNumber: (count, span) =>
    `The agenda is locked: ${count} ${count === 1 ? 'item gets' : 'items get'} case numbers ${span}, in agenda order.`,
  willKeepNumbers: 'The agenda is locked. The items already have case numbers and keep them.',
  numbersFinal: 'Case numbers never change and are never reused.',
  willMoveStatus: 'The meeting becomes "Notice sent". The agenda can still change, but changes are shown as changes.',
  channelWill: {
    linked: "A card with time, place, the agenda and a link to the meeting package is posted in the council's channel.",
    noConversation:
      'Utvalg has not been added to the team, so the card cannot be posted. The meeting package is in the tab – tell the members yourself.',
    notLinked: 'The council is not linked to a Teams channel. The meeting package is in the tab – tell the members yourself.',
  },
  confirmNotice: 'Lock and send',
  cancel: 'Cancel',
  publishing: 'Sending …',
  publishedOn: (date) => `The notice was sent ${date}.`,
  revisionOn: (revision, date) => `Changes sent ${date} (update ${revision}).`,
  outcome: {
    sent: 'The card is posted in the channel.',
    alreadySent: 'The card had already been posted in the channel.',
    noChannel: 'The council is not linked to a channel, so nothing was posted – the meeting package is in the tab.',
    unreachable:
      'Utvalg cannot reach the channel (was the app removed from the team?), so nothing was posted. The package is in the tab.',
    failed: 'The card could not be posted in the channel. Try again shortly.',
    inProgress: 'The card is being posted right now. Reload in a moment.',
  },
  postState: {
    pending: 'The card has not been posted in the channel yet.',
    sending: 'Posting the card was attempted but not confirmed. Check the channel before trying again.',
    sent: (date) => `The card was posted in the channel ${date}.`,
    failed: 'The card could not be posted in the channel.',
    unreachable: 'Utvalg cannot reach the channel. Add the app to the team and try again.',
    noChannel: 'The council is not linked to a channel. The meeting package is in the tab.',
  },
  retryPost: 'Try posting in the channel again',
  unpublishedChanges: (count) =>
    `The agenda changed after the last update: ${count} ${count === 1 ? 'change is' : 'changes are'} not sent.`,
  noUnpublishedChanges: 'No changes are waiting to be sent.',
  sendChanges: 'Send changes',
  changesDialogTitle: 'Send the agenda changes?',
  changesDialogIntro: (count) => `${count} ${count === 1 ? 'change' : 'changes'} will be sent:`,
  changesWillNumber: (count, span) =>
    `${count} new ${count === 1 ? 'item gets case number' : 'items get case numbers'} ${span}. Other items keep their numbers.`,
  changesChannel: {
    linked: "A short message with the changes and a link to the meeting package is posted in the council's channel.",
    noConversation: 'Utvalg has not been added to the team, so the message cannot be posted. The changes show in the package.',
    notLinked: 'The council is not linked to a channel. The changes show in the meeting package.',
  },
  confirmChanges: 'Send changes',
  noticeSent: 'The notice is sent.',
  changesSent: 'The changes are sent.',
  notEditable: 'The meeting is held or cancelled; nothing can be sent.',
  concurrentEdit: 'Someone else changed the meeting. Reload and check before sending.',
  alreadyPublished: 'The notice has already been sent.',
  nothingToSend: 'Nothing has changed since the last update.',
  forbidden: 'Only the secretary and the chair can send the notice.',
  failed: (detail) => `That did not work: ${detail}`,
  reload: 'Reload',
};

export const PUBLISH_MESSAGES: Readonly<Record<Language, PublishMessages>> = { nb, nn, en };
