// Texts every editing form of the tab shares: saving, conflicts, generic field problems.
import type { Language } from '../../../bot/src/domain/language';

export interface EditingMessages {
  save: string;
  saving: string;
  cancel: string;
  close: string;
  /** The reply to a 412: someone else saved first; nothing was overwritten. */
  changedByOthers: string;
  reload: string;
  reloaded: string;
  /** Shown when the form has problems; each is next to its field. */
  checkFields: string;
  saveFailed: (detail: string) => string;
  forbidden: string;
  notFound: string;
  closed: string;
  serverUnavailable: string;
  required: string;
  tooLong: (max: number) => string;
  invalid: string;
  notUrl: string;
  readOnlyNote: string;
}

const nb: EditingMessages = {
  save: 'Lagre',
  saving: 'Lagrer …',
  cancel: 'Avbryt',
  close: 'Lukk',
  changedByOthers: 'Endret av noen andre — last inn på nytt',
  reload: 'Last inn på nytt',
  reloaded: 'Lastet inn på nytt. Gjør endringen din igjen og lagre.',
  checkFields: 'Noe må rettes. Se feltene som er merket.',
  saveFailed: (detail) => `Kunne ikke lagre: ${detail}`,
  forbidden: 'Bare sekretæren og lederen kan endre dette.',
  notFound: 'Fant det ikke lenger. Last inn på nytt.',
  closed: 'Dette kan ikke endres lenger.',
  serverUnavailable: 'Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
  required: 'Må fylles ut.',
  tooLong: (max) => `Høyst ${max} tegn.`,
  invalid: 'Ugyldig verdi.',
  notUrl: 'Skriv en nettadresse som begynner med https://',
  readOnlyNote: 'Du kan lese dette. Bare sekretæren og lederen kan endre.',
};

const nn: EditingMessages = {
  save: 'Lagre',
  saving: 'Lagrar …',
  cancel: 'Avbryt',
  close: 'Lukk',
  changedByOthers: 'Endra av nokon andre — last inn på nytt',
  reload: 'Last inn på nytt',
  reloaded: 'Lasta inn på nytt. Gjer endringa di igjen og lagre.',
  checkFields: 'Noko må rettast. Sjå felta som er merkte.',
  saveFailed: (detail) => `Kunne ikkje lagre: ${detail}`,
  forbidden: 'Berre sekretæren og leiaren kan endre dette.',
  notFound: 'Fann det ikkje lenger. Last inn på nytt.',
  closed: 'Dette kan ikkje endrast lenger.',
  serverUnavailable: 'Tenesta svarer ikkje akkurat no. Prøv igjen om litt.',
  required: 'Må fyllast ut.',
  tooLong: (max) => `Høgst ${max} teikn.`,
  invalid: 'Ugyldig verdi.',
  notUrl: 'Skriv ei nettadresse som byrjar med https://',
  readOnlyNote: 'Du kan lese dette. Berre sekretæren og leiaren kan endre.',
};

const en: EditingMessages = {
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  close: 'Close',
  changedByOthers: 'Changed by someone else — reload',
  reload: 'Reload',
  reloaded: 'Reloaded. Make your change again and save.',
  checkFields: 'Something needs fixing. See the marked fields.',
  saveFailed: (detail) => `Could not save: ${detail}`,
  forbidden: 'Only the secretary and the chair can change this.',
  notFound: 'It is no longer there. Reload.',
  closed: 'This can no longer be changed.',
  serverUnavailable: 'The service is not answering right now. Try again shortly.',
  required: 'Required.',
  tooLong: (max) => `At most ${max} characters.`,
  invalid: 'Not a valid value.',
  notUrl: 'Enter a web address starting with https://',
  readOnlyNote: 'You can read this. Only the secretary and the chair can change it.',
};

export const EDITING_MESSAGES: Readonly<Record<Language, EditingMessages>> = { nb, nn, en };
