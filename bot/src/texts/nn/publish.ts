import type { Catalogue } from '../catalogue';
import { plural } from '../plural';

export const publish: Catalogue['publish'] = {
  heading: 'Utsending',
  loading: 'Hentar status for innkallinga …',
  notPublished: 'Innkallinga er ikkje send enno.',
  publishNotice: 'Lås og send innkalling',
  dialogTitle: 'Lås og send innkalling?',
  dialogIntro: 'Dette skjer når du sender:',
  willNumber: (count, span) =>
    `Saklista blir låst: ${count} ${plural('nn', count, { one: 'sak', other: 'saker' })} får saksnummer ${span}, i rekkjefølgja på saklista.`,
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
    `Saklista er endra etter siste utsending: ${count} ${plural('nn', count, { one: 'endring', other: 'endringar' })} er ikkje sende.`,
  noUnpublishedChanges: 'Ingen endringar ventar på å bli sende.',
  sendChanges: 'Send endringar',
  changesDialogTitle: 'Send endringar i saklista?',
  changesDialogIntro: (count) =>
    `${count} ${plural('nn', count, { one: 'endring', other: 'endringar' })} blir sende. Dette skjer:`,
  changesWillNumber: (count, span) =>
    `${count} ${plural('nn', count, { one: 'ny sak', other: 'nye saker' })} får saksnummer ${span}. Andre saker held på nummera sine.`,
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
  failed: 'Det gjekk ikkje. Prøv igjen om litt.',
  reload: 'Last inn på nytt',
};
