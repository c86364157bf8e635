import type { Catalogue } from '../catalogue';

export const statusCard: Catalogue['statusCard'] = {
  title: 'Status for deg',
  channelTitle: (council) => `Neste møte i ${council}`,
  channelIntro: 'Svar på oppmøte, foreslå saker og gi innspel her. Kvar og ein ser sin eigen status.',
  attendance: (state) => `Oppmøte: ${state}`,
  answerAttendance: 'Svar på oppmøte',
  changeAttendance: 'Endre oppmøtesvar',
  input: (question) => `Innspel: ${question}`,
  inputAnswered: 'svart',
  inputOpen: (date) => `ikkje svart, frist ${date}`,
  inputClosed: 'fristen er ute',
  giveInput: 'Gi innspel',
  editInput: 'Endre innspel',
  proposals: (count) => `Saksforslaga dine til møtet: ${count}`,
  proposalDeadline: (date) => `Frist for saksforslag: ${date}`,
  propose: 'Foreslå sak',
  allDone: 'Du har svart på alt til dette møtet. Takk!',
  openCount: (count) => `Dette ventar på svar frå deg: ${count}`,
  seeMyStatus: 'Sjå status for meg',
};
