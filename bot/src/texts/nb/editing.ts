// Texts every editing form of the tab shares: saving, conflicts, generic field problems.

export interface EditingTexts {
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
  saveFailed: string;
  forbidden: string;
  notFound: string;
  closed: string;
  serverUnavailable: string;
  required: string;
  tooLong: (max: number) => string;
  invalid: string;
  readOnlyNote: string;
}

export const editing: EditingTexts = {
  save: 'Lagre',
  saving: 'Lagrer …',
  cancel: 'Avbryt',
  close: 'Lukk',
  changedByOthers: 'Endret av noen andre — last inn på nytt.',
  reload: 'Last inn på nytt',
  reloaded: 'Lastet inn på nytt. Gjør endringen din igjen og lagre.',
  checkFields: 'Noe må rettes. Se feltene som er merket.',
  saveFailed: 'Kunne ikke lagre. Prøv igjen om litt.',
  forbidden: 'Bare sekretæren og lederen kan endre dette.',
  notFound: 'Fant det ikke lenger. Last inn på nytt.',
  closed: 'Dette kan ikke endres lenger.',
  serverUnavailable: 'Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
  required: 'Må fylles ut.',
  tooLong: (max) => `Høyst ${max} tegn.`,
  invalid: 'Ugyldig verdi.',
  readOnlyNote: 'Du kan lese dette. Bare sekretæren og lederen kan endre.',
};
