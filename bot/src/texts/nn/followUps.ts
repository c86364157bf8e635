import type { Catalogue } from '../catalogue';

export const followUps: Catalogue['followUps'] = {
  heading: 'Oppfølging frå tidlegare møte',
  empty: 'Ingen opne oppfølgingspunkt frå tidlegare møte.',
  responsible: 'Ansvarleg',
  due: (date) => `Frist ${date}`,
  cardTitle: 'Oppfølging',
  mine: (count) => `Dine opne oppfølgingspunkt: ${count}`,
  noteLabel: 'Kva vart gjort?',
  markDone: 'Merk som gjort',
  done: (note) => `Gjort: ${note}`,
  doneBy: (name, date) => `Merkt som gjort av ${name} ${date}.`,
};
