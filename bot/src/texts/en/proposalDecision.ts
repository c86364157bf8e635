import type { Catalogue } from '../catalogue';

export const proposalDecision: Catalogue['proposalDecision'] = {
  heading: {
    accept: 'Your proposal is on the agenda',
    defer: 'Your proposal is deferred to a later meeting',
    merge: 'Your proposal was merged with another item',
    decline: 'Your proposal will not be on the agenda',
  },
  proposal: 'Proposal',
  meeting: 'Meeting',
  newMeeting: 'New meeting',
  mergedInto: 'Merged with',
  reason: 'Reason',
  summary: (heading, title) => `${heading}: “${title}”`,
  questions: (name) => `Questions? Ask ${name}.`,
};
