import type { Catalogue } from '../catalogue';

export const inputCard: Catalogue['inputCard'] = {
  title: 'Written input',
  forItem: (item) => `For the item: ${item}`,
  deadline: (date) => `Deadline: ${date}`,
  submit: 'Send input',
  saved: 'Thank you! Your input is saved. You can change it until the deadline.',
  editUntil: 'You can answer one or more of the questions, and change your answers until the deadline.',
  deadlinePassed: (date, secretary) =>
    `The deadline passed on ${date}. Contact the secretary, ${secretary}, if you still want to say something.`,
  theSecretary: 'the secretary',
  savedChanges: 'Thank you! Your changes are saved. You can change your input until the deadline.',
  noOpenInputs: 'You have no open requests for written input right now.',
  visibleToSecretary: 'Only the secretary and the chair see your answer before the meeting.',
  visibleToAll: 'All members can read your answer before the meeting.',
  publicRecord: 'Input can become a public document under the Freedom of Information Act (offentleglova).',
  noticeText: (date, deadline) => `The secretary asks for written input for the meeting on ${date}. Deadline: ${deadline}.`,
};
