import type { Catalogue } from '../catalogue';

export const proposalDecision: Catalogue['proposalDecision'] = {
  heading: {
    accept: 'Saksforslaget ditt er sett opp på saklista',
    defer: 'Saksforslaget ditt er utsett til eit seinare møte',
    merge: 'Saksforslaget ditt er slått saman med ei anna sak',
    decline: 'Saksforslaget ditt blir ikkje sett opp på saklista',
  },
  proposal: 'Forslag',
  meeting: 'Møte',
  newMeeting: 'Nytt møte',
  mergedInto: 'Slått saman med',
  reason: 'Grunngiving',
  summary: (heading, title) => `${heading}: «${title}»`,
  questions: (name) => `Lurer du på noko? Spør ${name}.`,
};
