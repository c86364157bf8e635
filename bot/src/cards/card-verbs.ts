/**
 * Every `Action.Execute` verb Utvalg's cards use. Cards and handlers share this
 * union, so a card cannot name a verb no handler answers.
 */
export const CARD_VERBS = [
  'setupCouncil',
  'openProposalForm',
  'submitProposal',
  'openAttendance',
  'answerAttendance',
  'openInput',
  'submitInput',
  'showStatus',
  'refreshMeetingCard',
  'markFollowUpDone',
] as const;
export type CardVerb = (typeof CARD_VERBS)[number];

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}
