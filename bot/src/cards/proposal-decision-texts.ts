import type { Language } from '../domain/language';
import type { DecisionAction } from '../domain/proposal';

/** Text of the message that tells a proposer what the secretary decided. */
const nb = {
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
  questions: 'Lurer du på noe? Spør {name}.',
};
type DecisionTexts = typeof nb;

const nn: DecisionTexts = {
  heading: {
    accept: 'Saksforslaget ditt er sett opp på sakslista',
    defer: 'Saksforslaget ditt er utsett til eit seinare møte',
    merge: 'Saksforslaget ditt er slått saman med ei anna sak',
    decline: 'Saksforslaget ditt blir ikkje sett opp på sakslista',
  },
  proposal: 'Forslag',
  meeting: 'Møte',
  newMeeting: 'Nytt møte',
  mergedInto: 'Slått saman med',
  reason: 'Grunngiving',
  questions: 'Lurer du på noko? Spør {name}.',
};

const en: DecisionTexts = {
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
  questions: 'Questions? Ask {name}.',
};

const CATALOGUE: Record<Language, DecisionTexts> = { nb, nn, en };

export function proposalDecisionTexts(language: Language): DecisionTexts {
  return CATALOGUE[language];
}
