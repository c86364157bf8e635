import type { Catalogue } from '../catalogue';

export const proposalCard: Catalogue['proposalCard'] = {
  formTitle: 'Propose an item',
  formIntro: 'The secretary goes through the proposals and lets you know what happens to yours.',
  meeting: 'For which meeting?',
  title: 'Title of the item',
  description: 'What do you want the council to discuss or decide? (optional)',
  kind: 'What kind of item is it?',
  presenter: 'Who should present it? (optional)',
  link: 'Link to more information (optional)',
  submit: 'Send the proposal',
  deadline: (date) => `Deadline for proposals: ${date}`,
  noMeetings: 'No meeting takes proposals right now. Ask the secretary when the next meeting is.',
  receiptTitle: 'Thank you! Your proposal has been received',
  receiptBody: 'The secretary goes through the proposals and lets you know what happens to yours.',
  receiptMeeting: 'Meeting',
  receiptKind: 'Kind',
  receiptPresenter: 'Presented by',
  receiptLink: 'Link',
  proposeAnother: 'Propose another item',
  kinds: { briefing: 'Briefing', discussion: 'Discussion', decision: 'Decision' },
};
