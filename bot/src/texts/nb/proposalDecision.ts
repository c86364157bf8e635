import type { DecisionAction } from '../../domain/proposal';

// The message that tells a proposer what the secretary decided.
export const proposalDecision = {
  heading: {
    accept: 'Saksforslaget ditt er satt opp på sakslisten',
    defer: 'Saksforslaget ditt er utsatt til et senere møte',
    merge: 'Saksforslaget ditt er slått sammen med en annen sak',
    decline: 'Saksforslaget ditt blir ikke satt opp på sakslisten',
  } satisfies Record<DecisionAction, string>,
  proposal: 'Forslag',
  meeting: 'Møte',
  newMeeting: 'Nytt møte',
  mergedInto: 'Slått sammen med',
  reason: 'Begrunnelse',
  /** The line notifications show: the heading and the proposal's title, quoted. */
  summary: (heading: string, title: string) => `${heading}: «${title}»`,
  questions: (name: string) => `Lurer du på noe? Spør ${name}.`,
};
