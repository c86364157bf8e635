// Follow-ups (oppfølging): in the package, on the member's card, and in "min status".
export const followUps = {
  heading: 'Oppfølging fra tidligere møter',
  empty: 'Ingen åpne oppfølgingspunkter fra tidligere møter.',
  responsible: 'Ansvar',
  due: (date: string) => `Frist ${date}`,
  cardTitle: 'Oppfølging',
  mine: (count: number) => `Dine åpne oppfølgingspunkter: ${count}`,
  noteLabel: 'Hva ble gjort?',
  markDone: 'Merk som gjort',
  done: (note: string) => `Gjort: ${note}`,
  doneBy: (name: string, date: string) => `Merket som gjort av ${name} ${date}.`,
};
