import type { ItemChangeKind } from '../domain/agenda-changes';
import type { Language } from '../domain/language';

/** Text on the notice card and the agenda-changes card, per language. */
const nb = {
  noticeTitle: 'Innkalling til møte i {council}',
  noticeSummary: 'Innkalling: {council}, {time}',
  place: 'Sted: {place}',
  agenda: 'Saksliste',
  exempt: '(unntatt offentlighet)',
  packageInTab: 'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
  openInTeams: 'Åpne møtepakken i Teams',
  openInBrowser: 'Åpne møtepakken',
  joinOnline: 'Bli med digitalt',
  changesTitle: 'Endringer i sakslisten: {council}',
  changesSummary: 'Sakslisten til møtet {time} er endret',
  changesIntro: 'Sakslisten er endret etter innkallingen:',
  newTime: 'Nytt tidspunkt: {time}',
  newPlace: 'Nytt sted: {place}',
  added: 'Ny sak:',
  removed: 'Tatt av sakslisten:',
  changed: 'Endret:',
  /** What changed about an item, listed after its heading. */
  changeKinds: {
    added: 'ny sak',
    retitled: 'ny tittel',
    moved: 'flyttet',
    minutesChanged: 'ny tidsramme',
    kindChanged: 'ny sakstype',
    responsibleChanged: 'ny ansvarlig',
    contentChanged: 'endret innhold',
  } satisfies Record<ItemChangeKind, string>,
};
export type NoticeTexts = typeof nb;

const nn: NoticeTexts = {
  noticeTitle: 'Innkalling til møte i {council}',
  noticeSummary: 'Innkalling: {council}, {time}',
  place: 'Stad: {place}',
  agenda: 'Sakliste',
  exempt: '(unnateke offentlegheit)',
  packageInTab: 'Møtepakken med vedlegg og innspel ligg i fana «Utvalg».',
  openInTeams: 'Opne møtepakken i Teams',
  openInBrowser: 'Opne møtepakken',
  joinOnline: 'Bli med digitalt',
  changesTitle: 'Endringar i saklista: {council}',
  changesSummary: 'Saklista til møtet {time} er endra',
  changesIntro: 'Saklista er endra etter innkallinga:',
  newTime: 'Nytt tidspunkt: {time}',
  newPlace: 'Ny stad: {place}',
  added: 'Ny sak:',
  removed: 'Teken av saklista:',
  changed: 'Endra:',
  changeKinds: {
    added: 'ny sak',
    retitled: 'ny tittel',
    moved: 'flytta',
    minutesChanged: 'ny tidsramme',
    kindChanged: 'ny sakstype',
    responsibleChanged: 'ny ansvarleg',
    contentChanged: 'endra innhald',
  },
};

const en: NoticeTexts = {
  noticeTitle: 'Notice of meeting: {council}',
  noticeSummary: 'Notice: {council}, {time}',
  place: 'Place: {place}',
  agenda: 'Agenda',
  exempt: '(exempt from public disclosure)',
  packageInTab: 'The meeting package with attachments and input is in the "Utvalg" tab.',
  openInTeams: 'Open the meeting package in Teams',
  openInBrowser: 'Open the meeting package',
  joinOnline: 'Join online',
  changesTitle: 'Agenda changes: {council}',
  changesSummary: 'The agenda of the meeting {time} has changed',
  changesIntro: 'The agenda has changed since the notice:',
  newTime: 'New time: {time}',
  newPlace: 'New place: {place}',
  added: 'New item:',
  removed: 'Removed from the agenda:',
  changed: 'Changed:',
  changeKinds: {
    added: 'new item',
    retitled: 'new title',
    moved: 'moved',
    minutesChanged: 'new time allotted',
    kindChanged: 'new kind',
    responsibleChanged: 'new responsible',
    contentChanged: 'content changed',
  },
};

const CATALOGUE: Record<Language, NoticeTexts> = { nb, nn, en };

export function noticeTexts(language: Language): NoticeTexts {
  return CATALOGUE[language];
}
