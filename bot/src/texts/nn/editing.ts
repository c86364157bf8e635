import type { Catalogue } from '../catalogue';

export const editing: Catalogue['editing'] = {
  save: 'Lagre',
  saving: 'Lagrar …',
  cancel: 'Avbryt',
  close: 'Lukk',
  changedByOthers: 'Endra av nokon andre — last inn på nytt.',
  reload: 'Last inn på nytt',
  reloaded: 'Lasta inn på nytt. Gjer endringa di igjen og lagre.',
  checkFields: 'Noko må rettast. Sjå felta som er merkte.',
  saveFailed: 'Kunne ikkje lagre. Prøv igjen om litt.',
  forbidden: 'Berre sekretæren og leiaren kan endre dette.',
  notFound: 'Fann det ikkje lenger. Last inn på nytt.',
  closed: 'Dette kan ikkje endrast lenger.',
  serverUnavailable: 'Tenesta svarar ikkje akkurat no. Prøv igjen om litt.',
  required: 'Må fyllast ut.',
  tooLong: (max) => `Høgst ${max} teikn.`,
  invalid: 'Ugyldig verdi.',
  readOnlyNote: 'Du kan lese dette. Berre sekretæren og leiaren kan endre.',
};
