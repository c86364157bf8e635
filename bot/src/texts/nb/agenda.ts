// Texts of the proposals inbox (Saksforslag) and the agenda builder (Saksliste).
import type { DecisionAction } from '../../domain/proposal';
import type { DecisionNotification } from '../../domain/proposal-inbox';

export interface AgendaTexts {
  navProposals: string;
  navAgenda: string;
  meetingLabel: string;
  meetingOption: (time: string, status: string) => string;
  noMeetings: string;
  cancel: string;

  // Saksforslag
  inboxTitle: string;
  inboxIntro: string;
  inboxEmpty: string;
  pendingHeading: (count: number) => string;
  decidedHeading: (count: number) => string;
  noPending: string;
  proposedBy: (name: string, date: string) => string;
  presenter: string;
  link: string;
  deferredFrom: (meeting: string) => string;
  action: Record<DecisionAction, string>;
  actionLabel: Record<DecisionAction, (title: string) => string>;
  confirm: Record<DecisionAction, string>;
  explain: Record<DecisionAction, string>;
  reason: string;
  reasonOptional: string;
  reasonHint: string;
  deferTo: string;
  noDeferTargets: string;
  mergeInto: string;
  agendaClosed: string;
  decided: Record<DecisionAction, (title: string) => string>;
  outcome: Record<DecisionAction, string>;
  deferredTo: (meeting: string) => string;
  becameItem: (title: string) => string;
  notification: Record<DecisionNotification, string>;
  notifyAgain: string;
  notifyAgainLabel: (title: string) => string;

  // Saksliste
  builderTitle: string;
  builderIntro: string;
  itemsHeading: string;
  notLockedNote: string;
  changesRecordedNote: string;
  closedNote: string;
  postponeNote: string;
  missingStandard: string;
  addStandard: string;
  standardAdded: string;
  postponedHeading: string;
  postponedIntro: (meeting: string) => string;
  /** The chain of earlier case numbers, oldest first. */
  postponedFrom: (caseNumbers: readonly string[]) => string;
  dropPostponed: string;
  dropPostponedLabel: (title: string) => string;
  dropReason: string;
  confirmDrop: string;
  cancelDrop: string;
  postponedDropped: (title: string) => string;
  addPostponed: string;
  addPostponedLabel: (title: string) => string;
  standardBadge: string;
  exemptBadge: string;
  exemptNote: (legalBasis: string) => string;
  responsible: string;
  plannedMinutes: (minutes: number) => string;
  attachmentLine: (number: number, title: string) => string;
  moveUp: string;
  moveDown: string;
  moveUpLabel: (title: string) => string;
  moveDownLabel: (title: string) => string;
  edit: string;
  editLabel: (title: string) => string;
  remove: string;
  removeLabel: (title: string) => string;
  removeQuestion: (title: string) => string;
  confirmRemove: string;
  markPostponed: string;
  moved: (title: string, position: number, count: number) => string;
  added: (title: string) => string;
  saved: (title: string) => string;
  removed: (title: string) => string;
  postponedMarked: (title: string, postponed: boolean) => string;
  addItem: string;
  newItemHeading: string;
  editItemHeading: (title: string) => string;
  title: string;
  kind: string;
  responsibleLabel: string;
  minutesLabel: string;
  description: string;
  attachments: string;
  attachmentsHint: string;
  attachmentLegend: (number: number | undefined) => string;
  attachmentTitle: string;
  attachmentUrl: string;
  addAttachment: string;
  removeAttachment: (title: string) => string;
  exempt: string;
  legalBasis: string;
  legalBasisHint: string;
  publicTitle: string;
  publicTitleHint: string;
  save: string;
}

export const agenda: AgendaTexts = {
  navProposals: 'Saksforslag',
  navAgenda: 'Saksliste',
  meetingLabel: 'Møte',
  meetingOption: (time, status) => `${time} (${status})`,
  noMeetings: 'Utvalget har ingen møter ennå.',
  cancel: 'Avbryt',

  inboxTitle: 'Saksforslag',
  inboxIntro: 'Forslag fra medlemmene til dette møtet. Forslagsstilleren får beskjed fra Utvalg i Teams om det du bestemmer.',
  inboxEmpty: 'Ingen saksforslag til dette møtet.',
  pendingHeading: (count) => `Til behandling (${count})`,
  decidedHeading: (count) => `Behandlet (${count})`,
  noPending: 'Ingen forslag venter på behandling.',
  proposedBy: (name, date) => `Foreslått av ${name} ${date}`,
  presenter: 'Legges fram av',
  link: 'Lenke',
  deferredFrom: (meeting) => `Utsatt fra møtet ${meeting}`,
  action: { accept: 'Sett opp', defer: 'Utsett', merge: 'Slå sammen', decline: 'Avslå' },
  actionLabel: {
    accept: (title) => `Sett opp «${title}» på sakslisten`,
    defer: (title) => `Utsett «${title}» til et senere møte`,
    merge: (title) => `Slå sammen «${title}» med en sak`,
    decline: (title) => `Avslå «${title}»`,
  },
  confirm: {
    accept: 'Sett opp på sakslisten',
    defer: 'Utsett forslaget',
    merge: 'Slå sammen',
    decline: 'Avslå forslaget',
  },
  explain: {
    accept: 'Forslaget blir en sak på sakslisten, foran Eventuelt. Du kan endre saken etterpå.',
    defer: 'Forslaget flyttes til innboksen for møtet du velger, og venter på behandling der.',
    merge: 'Forslaget tas opp under en sak som allerede står på sakslisten.',
    decline: 'Forslaget blir ikke satt opp.',
  },
  reason: 'Begrunnelse',
  reasonOptional: 'Begrunnelse (valgfritt)',
  reasonHint: 'Forslagsstilleren ser begrunnelsen.',
  deferTo: 'Til møtet',
  noDeferTargets: 'Det finnes ikke noe senere møte å utsette til. Opprett møtet først.',
  mergeInto: 'Slå sammen med saken',
  agendaClosed: 'Møtet er avholdt, så forslag kan ikke lenger settes opp eller slås sammen. De kan utsettes eller avslås.',
  decided: {
    accept: (title) => `«${title}» er satt opp på sakslisten.`,
    defer: (title) => `«${title}» er utsatt.`,
    merge: (title) => `«${title}» er slått sammen med en sak.`,
    decline: (title) => `«${title}» er avslått.`,
  },
  outcome: {
    accept: 'Satt opp på sakslisten',
    defer: 'Utsatt',
    merge: 'Slått sammen',
    decline: 'Avslått',
  },
  deferredTo: (meeting) => `Utsatt til møtet ${meeting}`,
  becameItem: (title) => `Sak: ${title}`,
  notification: {
    sent: 'Forslagsstilleren har fått beskjed i Teams.',
    unreachable: 'Utvalg kan ikke nå forslagsstilleren i Teams. Gi beskjed på annen måte.',
    pending: 'Beskjeden til forslagsstilleren er på vei.',
    failed: 'Beskjeden til forslagsstilleren kom ikke fram. Prøv igjen om litt.',
  },
  notifyAgain: 'Send beskjeden på nytt',
  notifyAgainLabel: (title) => `Send beskjeden på nytt: «${title}»`,

  builderTitle: 'Saksliste',
  builderIntro: 'Sett opp sakene i den rekkefølgen møtet skal behandle dem.',
  itemsHeading: 'Saker',
  notLockedNote: 'Sakene får saksnummer når sakslisten låses.',
  changesRecordedNote: 'Innkallingen er sendt. Du kan fortsatt endre sakslisten, men hver endring blir vist som en endring.',
  closedNote: 'Møtet er avholdt. Sakslisten kan ikke endres lenger.',
  postponeNote: 'Kryss av for saker møtet ikke rakk. De blir tilbudt på neste møte.',
  missingStandard: 'Sakslisten mangler de faste sakene (godkjenning av innkalling og referat, og Eventuelt).',
  addStandard: 'Legg til de faste sakene',
  standardAdded: 'De faste sakene er lagt til.',
  postponedHeading: 'Utsatte saker',
  postponedIntro: (meeting) => `Disse sakene ble utsatt på møtet ${meeting}.`,
  postponedFrom: (caseNumbers) => `Utsatt fra ${caseNumbers.join(', ')}`,
  dropPostponed: 'Ikke ta opp igjen',
  dropPostponedLabel: (title) => `Ikke ta opp igjen den utsatte saken «${title}»`,
  dropReason: 'Hvorfor tas saken ikke opp igjen?',
  confirmDrop: 'Ta saken ut av utsatte saker',
  cancelDrop: 'Avbryt',
  postponedDropped: (title) => `«${title}» blir ikke lenger tilbudt.`,
  addPostponed: 'Legg til',
  addPostponedLabel: (title) => `Legg til den utsatte saken «${title}»`,
  standardBadge: 'Fast sak',
  exemptBadge: 'Unntatt offentlighet',
  exemptNote: (legalBasis) => `Unntatt offentlighet, ${legalBasis}`,
  responsible: 'Ansvarlig',
  plannedMinutes: (minutes) => `${minutes} min`,
  attachmentLine: (number, title) => `Vedlegg ${number}: ${title}`,
  moveUp: 'Flytt opp',
  moveDown: 'Flytt ned',
  moveUpLabel: (title) => `Flytt opp «${title}»`,
  moveDownLabel: (title) => `Flytt ned «${title}»`,
  edit: 'Endre',
  editLabel: (title) => `Endre «${title}»`,
  remove: 'Fjern',
  removeLabel: (title) => `Fjern «${title}»`,
  removeQuestion: (title) => `Fjerne «${title}» fra sakslisten?`,
  confirmRemove: 'Ja, fjern saken',
  markPostponed: 'Utsatt til neste møte',
  moved: (title, position, count) => `«${title}» er flyttet til plass ${position} av ${count}.`,
  added: (title) => `«${title}» er lagt til.`,
  saved: (title) => `«${title}» er lagret.`,
  removed: (title) => `«${title}» er fjernet fra sakslisten.`,
  postponedMarked: (title, postponed) =>
    postponed ? `«${title}» er merket som utsatt.` : `«${title}» er ikke lenger merket som utsatt.`,
  addItem: 'Legg til sak',
  newItemHeading: 'Ny sak',
  editItemHeading: (title) => `Endre «${title}»`,
  title: 'Tittel',
  kind: 'Type sak',
  responsibleLabel: 'Ansvarlig (hvem legger fram saken)',
  minutesLabel: 'Planlagt tid i minutter',
  description: 'Beskrivelse',
  attachments: 'Vedlegg',
  attachmentsHint: 'Lenker til dokumenter i Teams eller SharePoint. Vedleggene nummereres for hele møtet.',
  attachmentLegend: (number) => (number === undefined ? 'Nytt vedlegg' : `Vedlegg ${number}`),
  attachmentTitle: 'Navn på vedlegget',
  attachmentUrl: 'Lenke (https://…)',
  addAttachment: 'Legg til vedlegg',
  removeAttachment: (title) => `Fjern vedlegget ${title}`,
  exempt: 'Unntatt offentlighet',
  legalBasis: 'Hjemmel',
  legalBasisHint: 'For eksempel «offl. § 13, jf. fvl. § 13». Den offentlige versjonen viser ikke innholdet eller vedleggene.',
  publicTitle: 'Offentlig tittel',
  publicTitleHint:
    'Står i den offentlige versjonen i stedet for tittelen, som selv kan røpe det som er unntatt. Tomt: «Unntatt offentlighet».',
  save: 'Lagre',
};
