import type { Catalogue } from '../catalogue';

export const attendanceCard: Catalogue['attendanceCard'] = {
  title: 'Will you attend the meeting?',
  choice: 'Your answer',
  attend: "I'll be there",
  remote: "I'll join online",
  apologies: 'I send my apologies',
  deputy: 'My deputy attends for me',
  reason: 'Reason for apologies (optional)',
  reasonInMinutes: 'May the reason appear in the minutes?',
  reasonInMinutesYes: 'Yes, the reason may appear in the minutes',
  reasonWhoSees:
    'The secretary and the chair see the reason. Without a yes the minutes say only "apologies", and the reason is deleted when the minutes are approved.',
  deputyPick: 'Who attends for you?',
  noDeputies: 'You have no deputy registered. Ask the secretary if someone should attend for you.',
  submit: 'Send answer',
  changeUntil: 'You can change your answer until the meeting starts.',
  saved: 'Thank you! Your answer is saved.',
  closed: 'The meeting has started, so the answer can no longer be changed.',
  current: (answer) => `Your answer now: ${answer}`,
  states: {
    notAnswered: 'not answered',
    attend: 'attending',
    remote: 'joining online',
    apologies: 'apologies',
    deputy: 'deputy attends',
  },
  deputyNamed: (name) => `deputy attends: ${name}`,
  personalDeputy: (name) => `${name} (your deputy)`,
  poolDeputy: (name) => `${name} (deputy pool)`,
};
