import type { Catalogue } from '../catalogue';

export const followUps: Catalogue['followUps'] = {
  heading: 'Follow-ups from earlier meetings',
  empty: 'No open follow-ups from earlier meetings.',
  responsible: 'Responsible',
  due: (date) => `Due ${date}`,
  cardTitle: 'Follow-up',
  mine: (count) => `Your open follow-ups: ${count}`,
  noteLabel: 'What was done?',
  markDone: 'Mark as done',
  done: (note) => `Done: ${note}`,
  doneBy: (name, date) => `Marked done by ${name} on ${date}.`,
};
