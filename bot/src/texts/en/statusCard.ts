import type { Catalogue } from '../catalogue';

export const statusCard: Catalogue['statusCard'] = {
  title: 'Your status',
  channelTitle: (council) => `Next meeting of ${council}`,
  channelIntro: 'Answer attendance, propose items and give input here. Everyone sees their own status.',
  attendance: (state) => `Attendance: ${state}`,
  answerAttendance: 'Answer attendance',
  changeAttendance: 'Change attendance',
  input: (question) => `Input: ${question}`,
  inputAnswered: 'answered',
  inputOpen: (date) => `not answered, deadline ${date}`,
  inputClosed: 'deadline passed',
  giveInput: 'Give input',
  editInput: 'Edit input',
  proposals: (count) => `Your proposals for the meeting: ${count}`,
  proposalDeadline: (date) => `Deadline for proposals: ${date}`,
  propose: 'Propose item',
  allDone: 'You have answered everything for this meeting. Thank you!',
  openCount: (count) => `Waiting for your answer: ${count}`,
  seeMyStatus: 'See my status',
};
