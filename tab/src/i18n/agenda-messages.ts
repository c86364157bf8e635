// Texts of the proposals inbox (Saksforslag) and the agenda builder (Saksliste), in bokmål, nynorsk and English.
import type { Language } from '../../../bot/src/domain/language';
import type { DecisionAction } from '../../../bot/src/domain/proposal';
import type { DecisionNotification } from '../../../bot/src/domain/proposal-inbox';

/** What went wrong with a field, as the tab tells it (the server names the field; the tab words it). */
export type FieldProblem = 'required' | 'tooLong' | 'httpsOnly' | 'number' | 'choose' | 'invalid';

export interface AgendaMessages {
  navProposals: string;
  navAgenda: string;
  meetingLabel: string;
  meetingOption: (time: string, status: string) => string;
  noMeetings: string;
  changedBySomeoneElse: string;
  reload: string;
  cancel: string;
  saving: string;
  somethingWentWrong: (detail: string) => string;
  fieldProblem: Record<FieldProblem, string>;

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
  postponedFrom: (caseNumber: string) => string;
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
  save: string;
  formHasProblems: string;
}

const nb: AgendaMessages = {
  navProposals: 'Saksforslag',
  navAgenda: 'Saksliste',
  meetingLabel: 'Møte',
  meetingOption: (time, status) => `${time} (${status})`,
  noMeetings: 'Utvalget har ingen møter ennå.',
  changedBySomeoneElse: 'Endret av noen andre — last inn på nytt',
  reload: 'Last inn på nytt',
  cancel: 'Avbryt',
  saving: 'Lagrer …',
  somethingWentWrong: (detail) => `Noe gikk galt: ${detail}`,
  fieldProblem: {
    required: 'Dette må fylles ut.',
    tooLong: 'Teksten er for lang.',
    httpsOnly: 'Skriv en nettadresse som begynner med https://',
    number: 'Skriv et helt tall mellom 1 og 600.',
    choose: 'Velg ett av alternativene.',
    invalid: 'Sjekk dette feltet.',
  },

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
  postponedFrom: (caseNumber) => `Utsatt fra sak ${caseNumber}`,
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
  save: 'Lagre',
  formHasProblems: 'Noe må rettes før saken kan lagres.',
};

const nn: AgendaMessages = {
  navProposals: 'Saksforslag',
  navAgenda: 'Saksliste',
  meetingLabel: 'Møte',
  meetingOption: (time, status) => `${time} (${status})`,
  noMeetings: 'Utvalet har ingen møte enno.',
  changedBySomeoneElse: 'Endra av nokon andre — last inn på nytt',
  reload: 'Last inn på nytt',
  cancel: 'Avbryt',
  saving: 'Lagrar …',
  somethingWentWrong: (detail) => `Noko gjekk gale: ${detail}`,
  fieldProblem: {
    required: 'Dette må fyllast ut.',
    tooLong: 'Teksten er for lang.',
    httpsOnly: 'Skriv ei nettadresse som byrjar med https://',
    number: 'Skriv eit heilt tal mellom 1 og 600.',
    choose: 'Vel eitt av alternativa.',
    invalid: 'Sjekk dette feltet.',
  },

  inboxTitle: 'Saksforslag',
  inboxIntro: 'Forslag frå medlemmene til dette møtet. Forslagsstillaren får melding frå Utvalg i Teams om det du avgjer.',
  inboxEmpty: 'Ingen saksforslag til dette møtet.',
  pendingHeading: (count) => `Til handsaming (${count})`,
  decidedHeading: (count) => `Handsama (${count})`,
  noPending: 'Ingen forslag ventar på handsaming.',
  proposedBy: (name, date) => `Foreslått av ${name} ${date}`,
  presenter: 'Leggjast fram av',
  link: 'Lenkje',
  deferredFrom: (meeting) => `Utsett frå møtet ${meeting}`,
  action: { accept: 'Set opp', defer: 'Utset', merge: 'Slå saman', decline: 'Avslå' },
  actionLabel: {
    accept: (title) => `Set opp «${title}» på sakslista`,
    defer: (title) => `Utset «${title}» til eit seinare møte`,
    merge: (title) => `Slå saman «${title}» med ei sak`,
    decline: (title) => `Avslå «${title}»`,
  },
  confirm: {
    accept: 'Set opp på sakslista',
    defer: 'Utset forslaget',
    merge: 'Slå saman',
    decline: 'Avslå forslaget',
  },
  explain: {
    accept: 'Forslaget blir ei sak på sakslista, framfor Eventuelt. Du kan endre saka etterpå.',
    defer: 'Forslaget blir flytt til innboksen for møtet du vel, og ventar på handsaming der.',
    merge: 'Forslaget blir teke opp under ei sak som alt står på sakslista.',
    decline: 'Forslaget blir ikkje sett opp.',
  },
  reason: 'Grunngiving',
  reasonOptional: 'Grunngiving (valfritt)',
  reasonHint: 'Forslagsstillaren ser grunngivinga.',
  deferTo: 'Til møtet',
  noDeferTargets: 'Det finst ikkje noko seinare møte å utsetje til. Opprett møtet først.',
  mergeInto: 'Slå saman med saka',
  agendaClosed: 'Møtet er halde, så forslag kan ikkje lenger setjast opp eller slåast saman. Dei kan utsetjast eller avslåast.',
  decided: {
    accept: (title) => `«${title}» er sett opp på sakslista.`,
    defer: (title) => `«${title}» er utsett.`,
    merge: (title) => `«${title}» er slått saman med ei sak.`,
    decline: (title) => `«${title}» er avslått.`,
  },
  outcome: {
    accept: 'Sett opp på sakslista',
    defer: 'Utsett',
    merge: 'Slått saman',
    decline: 'Avslått',
  },
  deferredTo: (meeting) => `Utsett til møtet ${meeting}`,
  becameItem: (title) => `Sak: ${title}`,
  notification: {
    sent: 'Forslagsstillaren har fått melding i Teams.',
    unreachable: 'Utvalg kan ikkje nå forslagsstillaren i Teams. Gi beskjed på annan måte.',
    pending: 'Meldinga til forslagsstillaren er på veg.',
    failed: 'Meldinga til forslagsstillaren kom ikkje fram. Prøv igjen om litt.',
  },
  notifyAgain: 'Send meldinga på nytt',
  notifyAgainLabel: (title) => `Send meldinga på nytt: «${title}»`,

  builderTitle: 'Saksliste',
  builderIntro: 'Set opp sakene i den rekkjefølgja møtet skal handsame dei.',
  itemsHeading: 'Saker',
  notLockedNote: 'Sakene får saksnummer når sakslista blir låst.',
  changesRecordedNote: 'Innkallinga er send. Du kan framleis endre sakslista, men kvar endring blir vist som ei endring.',
  closedNote: 'Møtet er halde. Sakslista kan ikkje endrast lenger.',
  postponeNote: 'Kryss av for saker møtet ikkje rakk. Dei blir tilbodne på neste møte.',
  missingStandard: 'Sakslista manglar dei faste sakene (godkjenning av innkalling og referat, og Eventuelt).',
  addStandard: 'Legg til dei faste sakene',
  standardAdded: 'Dei faste sakene er lagde til.',
  postponedHeading: 'Utsette saker',
  postponedIntro: (meeting) => `Desse sakene vart utsette på møtet ${meeting}.`,
  postponedFrom: (caseNumber) => `Utsett frå sak ${caseNumber}`,
  addPostponed: 'Legg til',
  addPostponedLabel: (title) => `Legg til den utsette saka «${title}»`,
  standardBadge: 'Fast sak',
  exemptBadge: 'Unnateke offentlegheit',
  exemptNote: (legalBasis) => `Unnateke offentlegheit, ${legalBasis}`,
  responsible: 'Ansvarleg',
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
  removeQuestion: (title) => `Fjerne «${title}» frå sakslista?`,
  confirmRemove: 'Ja, fjern saka',
  markPostponed: 'Utsett til neste møte',
  moved: (title, position, count) => `«${title}» er flytt til plass ${position} av ${count}.`,
  added: (title) => `«${title}» er lagd til.`,
  saved: (title) => `«${title}» er lagra.`,
  removed: (title) => `«${title}» er fjerna frå sakslista.`,
  postponedMarked: (title, postponed) =>
    postponed ? `«${title}» er merkt som utsett.` : `«${title}» er ikkje lenger merkt som utsett.`,
  addItem: 'Legg til sak',
  newItemHeading: 'Ny sak',
  editItemHeading: (title) => `Endre «${title}»`,
  title: 'Tittel',
  kind: 'Type sak',
  responsibleLabel: 'Ansvarleg (kven legg fram saka)',
  minutesLabel: 'Planlagd tid i minutt',
  description: 'Skildring',
  attachments: 'Vedlegg',
  attachmentsHint: 'Lenkjer til dokument i Teams eller SharePoint. Vedlegga blir nummererte for heile møtet.',
  attachmentLegend: (number) => (number === undefined ? 'Nytt vedlegg' : `Vedlegg ${number}`),
  attachmentTitle: 'Namn på vedlegget',
  attachmentUrl: 'Lenkje (https://…)',
  addAttachment: 'Legg til vedlegg',
  removeAttachment: (title) => `Fjern vedlegget ${title}`,
  exempt: 'Unnateke offentlegheit',
  legalBasis: 'Heimel',
  legalBasisHint: 'Til dømes «offl. § 13, jf. fvl. § 13». Den offentlege versjonen viser ikkje innhaldet eller vedlegga.',
  save: 'Lagre',
  formHasProblems: 'Noko må rettast før saka kan lagrast.',
};

const en: AgendaMessages = {
  navProposals: 'Proposals',
  navAgenda: 'Agenda',
  meetingLabel: 'Meeting',
  meetingOption: (time, status) => `${time} (${status})`,
  noMeetings: 'The council has no meetings yet.',
  changedBySomeoneElse: 'Changed by someone else — reload',
  reload: 'Reload',
  cancel: 'Cancel',
  saving: 'Saving …',
  somethingWentWrong: (detail) => `Something went wrong: ${detail}`,
  fieldProblem: {
    required: 'Please fill this in.',
    tooLong: 'The text is too long.',
    httpsOnly: 'Enter a web address starting with https://',
    number: 'Enter a whole number from 1 to 600.',
    choose: 'Pick one of the options.',
    invalid: 'Please check this field.',
  },

  inboxTitle: 'Proposals',
  inboxIntro: 'Members’ proposals for this meeting. Utvalg tells the proposer in Teams what you decide.',
  inboxEmpty: 'No proposals for this meeting.',
  pendingHeading: (count) => `To decide (${count})`,
  decidedHeading: (count) => `Decided (${count})`,
  noPending: 'No proposals are waiting.',
  proposedBy: (name, date) => `Proposed by ${name} on ${date}`,
  presenter: 'Presented by',
  link: 'Link',
  deferredFrom: (meeting) => `Deferred from the meeting on ${meeting}`,
  action: { accept: 'Accept', defer: 'Defer', merge: 'Merge', decline: 'Decline' },
  actionLabel: {
    accept: (title) => `Accept “${title}” for the agenda`,
    defer: (title) => `Defer “${title}” to a later meeting`,
    merge: (title) => `Merge “${title}” into an item`,
    decline: (title) => `Decline “${title}”`,
  },
  confirm: {
    accept: 'Put on the agenda',
    defer: 'Defer the proposal',
    merge: 'Merge',
    decline: 'Decline the proposal',
  },
  explain: {
    accept: 'The proposal becomes an agenda item, before Any other business. You can edit the item afterwards.',
    defer: 'The proposal moves to the inbox of the meeting you choose and waits there.',
    merge: 'The proposal is taken up under an item already on the agenda.',
    decline: 'The proposal will not be on the agenda.',
  },
  reason: 'Reason',
  reasonOptional: 'Reason (optional)',
  reasonHint: 'The proposer sees the reason.',
  deferTo: 'To the meeting',
  noDeferTargets: 'There is no later meeting to defer to. Create the meeting first.',
  mergeInto: 'Merge into the item',
  agendaClosed: 'The meeting has been held, so proposals can no longer be accepted or merged. They can be deferred or declined.',
  decided: {
    accept: (title) => `“${title}” is on the agenda.`,
    defer: (title) => `“${title}” is deferred.`,
    merge: (title) => `“${title}” is merged into an item.`,
    decline: (title) => `“${title}” is declined.`,
  },
  outcome: {
    accept: 'On the agenda',
    defer: 'Deferred',
    merge: 'Merged',
    decline: 'Declined',
  },
  deferredTo: (meeting) => `Deferred to the meeting on ${meeting}`,
  becameItem: (title) => `Item: ${title}`,
  notification: {
    sent: 'The proposer has been told in Teams.',
    unreachable: 'Utvalg cannot reach the proposer in Teams. Please tell them another way.',
    pending: 'The message to the proposer is on its way.',
    failed: 'The message to the proposer did not get through. Try again shortly.',
  },
  notifyAgain: 'Send the message again',
  notifyAgainLabel: (title) => `Send the message again: “${title}”`,

  builderTitle: 'Agenda',
  builderIntro: 'Put the items in the order the meeting will take them.',
  itemsHeading: 'Items',
  notLockedNote: 'Items get their case numbers when the agenda is locked.',
  changesRecordedNote: 'The notice has been sent. You can still change the agenda, but every change is shown as a change.',
  closedNote: 'The meeting has been held. The agenda can no longer change.',
  postponeNote: 'Tick the items the meeting did not reach. They are offered at the next meeting.',
  missingStandard: 'The agenda lacks the standard items (approval of the notice and the minutes, and Any other business).',
  addStandard: 'Add the standard items',
  standardAdded: 'The standard items have been added.',
  postponedHeading: 'Postponed items',
  postponedIntro: (meeting) => `These items were postponed at the meeting on ${meeting}.`,
  postponedFrom: (caseNumber) => `Postponed from item ${caseNumber}`,
  addPostponed: 'Add',
  addPostponedLabel: (title) => `Add the postponed item “${title}”`,
  standardBadge: 'Standard item',
  exemptBadge: 'Exempt from public access',
  exemptNote: (legalBasis) => `Exempt from public access, ${legalBasis}`,
  responsible: 'Responsible',
  plannedMinutes: (minutes) => `${minutes} min`,
  attachmentLine: (number, title) => `Attachment ${number}: ${title}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpLabel: (title) => `Move up “${title}”`,
  moveDownLabel: (title) => `Move down “${title}”`,
  edit: 'Edit',
  editLabel: (title) => `Edit “${title}”`,
  remove: 'Remove',
  removeLabel: (title) => `Remove “${title}”`,
  removeQuestion: (title) => `Remove “${title}” from the agenda?`,
  confirmRemove: 'Yes, remove the item',
  markPostponed: 'Postponed to the next meeting',
  moved: (title, position, count) => `“${title}” moved to place ${position} of ${count}.`,
  added: (title) => `“${title}” has been added.`,
  saved: (title) => `“${title}” has been saved.`,
  removed: (title) => `“${title}” has been removed from the agenda.`,
  postponedMarked: (title, postponed) =>
    postponed ? `“${title}” is marked as postponed.` : `“${title}” is no longer marked as postponed.`,
  addItem: 'Add item',
  newItemHeading: 'New item',
  editItemHeading: (title) => `Edit “${title}”`,
  title: 'Title',
  kind: 'Kind of item',
  responsibleLabel: 'Responsible (who presents the item)',
  minutesLabel: 'Planned time in minutes',
  description: 'Description',
  attachments: 'Attachments',
  attachmentsHint: 'Links to documents in Teams or SharePoint. Attachments are numbered across the meeting.',
  attachmentLegend: (number) => (number === undefined ? 'New attachment' : `Attachment ${number}`),
  attachmentTitle: 'Name of the attachment',
  attachmentUrl: 'Link (https://…)',
  addAttachment: 'Add attachment',
  removeAttachment: (title) => `Remove the attachment ${title}`,
  exempt: 'Exempt from public access',
  legalBasis: 'Legal basis',
  legalBasisHint: 'For example “offl. § 13, jf. fvl. § 13”. The public version leaves out the content and the attachments.',
  save: 'Save',
  formHasProblems: 'Something needs fixing before the item can be saved.',
};

export const AGENDA_MESSAGES: Record<Language, AgendaMessages> = { nb, nn, en };
