import type { Language } from '../domain/language';

const nb = {
  title: 'Din status',
  channelTitle: 'Neste møte i {council}',
  channelIntro: 'Svar på oppmøte, foreslå saker og gi innspill her. Hver og en ser sin egen status.',
  attendance: 'Oppmøte: {state}',
  answerAttendance: 'Svar på oppmøte',
  changeAttendance: 'Endre oppmøtesvar',
  input: 'Innspill: {question}',
  inputAnswered: 'svart',
  inputOpen: 'ikke svart, frist {date}',
  inputClosed: 'fristen er ute',
  giveInput: 'Gi innspill',
  editInput: 'Endre innspill',
  proposals: 'Dine saksforslag til møtet: {count}',
  proposalDeadline: 'Frist for saksforslag: {date}',
  propose: 'Foreslå sak',
  allDone: 'Du har svart på alt til dette møtet. Takk!',
  openCount: 'Dette venter på svar fra deg: {count}',
  seeMyStatus: 'Se min status',
};
type StatusTexts = typeof nb;

const nn: StatusTexts = {
  title: 'Status for deg',
  channelTitle: 'Neste møte i {council}',
  channelIntro: 'Svar på oppmøte, foreslå saker og gi innspel her. Kvar og ein ser sin eigen status.',
  attendance: 'Oppmøte: {state}',
  answerAttendance: 'Svar på oppmøte',
  changeAttendance: 'Endre oppmøtesvar',
  input: 'Innspel: {question}',
  inputAnswered: 'svart',
  inputOpen: 'ikkje svart, frist {date}',
  inputClosed: 'fristen er ute',
  giveInput: 'Gi innspel',
  editInput: 'Endre innspel',
  proposals: 'Saksforslaga dine til møtet: {count}',
  proposalDeadline: 'Frist for saksforslag: {date}',
  propose: 'Foreslå sak',
  allDone: 'Du har svart på alt til dette møtet. Takk!',
  openCount: 'Dette ventar på svar frå deg: {count}',
  seeMyStatus: 'Sjå status for meg',
};

const en: StatusTexts = {
  title: 'Your status',
  channelTitle: 'Next meeting of {council}',
  channelIntro: 'Answer attendance, propose items and give input here. Everyone sees their own status.',
  attendance: 'Attendance: {state}',
  answerAttendance: 'Answer attendance',
  changeAttendance: 'Change attendance',
  input: 'Input: {question}',
  inputAnswered: 'answered',
  inputOpen: 'not answered, deadline {date}',
  inputClosed: 'deadline passed',
  giveInput: 'Give input',
  editInput: 'Edit input',
  proposals: 'Your proposals for the meeting: {count}',
  proposalDeadline: 'Deadline for proposals: {date}',
  propose: 'Propose item',
  allDone: 'You have answered everything for this meeting. Thank you!',
  openCount: 'Waiting for your answer: {count}',
  seeMyStatus: 'See my status',
};

const CATALOGUE: Record<Language, StatusTexts> = { nb, nn, en };

export function statusTexts(language: Language): StatusTexts {
  return CATALOGUE[language];
}
