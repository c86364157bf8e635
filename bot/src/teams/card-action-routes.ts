import type { CardVerb } from '../cards/card-verbs';
import type { CardActionHandler } from './card-action';
import { answerAttendanceAction, openAttendanceAction } from './attendance-actions';
import { openInputAction, submitInputAction } from './input-actions';
import { refreshMeetingCardAction, showStatusAction } from './status-actions';
import { openProposalFormAction, submitProposalAction } from './proposal-actions';
import { setupCouncilAction } from './setup-council-action';
import { markFollowUpDoneAction } from './follow-up-actions';

/** One handler per card verb; TypeScript insists every verb has one. */
export const CARD_ACTION_ROUTES: Record<CardVerb, CardActionHandler> = {
  setupCouncil: setupCouncilAction,
  openProposalForm: openProposalFormAction,
  submitProposal: submitProposalAction,
  openAttendance: openAttendanceAction,
  answerAttendance: answerAttendanceAction,
  openInput: openInputAction,
  submitInput: submitInputAction,
  showStatus: showStatusAction,
  refreshMeetingCard: refreshMeetingCardAction,
  markFollowUpDone: markFollowUpDoneAction,
};
