import type { ItemChangeKind } from '../../domain/agenda-changes';

// The notice card and the agenda-changes card posted in the channel.
export const noticeCard = {
  noticeTitle: (council: string) => `Innkalling til møte i ${council}`,
  noticeSummary: (council: string, time: string) => `Innkalling: ${council}, ${time}`,
  place: (place: string) => `Sted: ${place}`,
  agenda: 'Saksliste',
  exempt: '(unntatt offentlighet)',
  packageInTab: 'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
  openInTeams: 'Åpne møtepakken i Teams',
  openInBrowser: 'Åpne møtepakken',
  joinOnline: 'Bli med digitalt',
  changesTitle: (council: string) => `Endringer i sakslisten: ${council}`,
  changesSummary: (time: string) => `Sakslisten til møtet ${time} er endret`,
  changesIntro: 'Sakslisten er endret etter innkallingen:',
  newTime: (time: string) => `Nytt tidspunkt: ${time}`,
  newPlace: (place: string) => `Nytt sted: ${place}`,
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
