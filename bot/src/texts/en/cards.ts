import type { Catalogue } from '../catalogue';

export const cards: Catalogue['cards'] = {
  helpTitle: "Hi! I'm Utvalg",
  helpIntro:
    'I help the user council with its meetings: agenda proposals, attendance and written input. Send me one of these words:',
  helpFooter: 'The secretary sees your answers in the "Utvalg" tab in the channel.',
  notMemberHint: 'You are not registered as a member of a user council yet. Ask the secretary to add you.',
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again shortly.',
  storageUnavailable: "I can't reach my storage just now, so this may not have been saved. Please try again in a few minutes.",
  notCouncilMember:
    "You are not registered as a member of this user council, so I can't accept this. Ask the secretary if you should be.",
  meetingClosed: 'This meeting no longer accepts answers.',
  notFound: "I can't find this any more. The meeting may have been cancelled or changed.",
  concurrentEdit: 'Someone else changed this at the same time. Open the card again and retry.',
  forbidden: 'Only the secretary and the chair can do this.',
  tryAgain: 'Many changes at once right now. Please try again shortly.',
  invalid: "Something in the answer couldn't be accepted. Open the card again and retry.",
  fixBelow: 'Something needs fixing before I can save. See below.',
  noCouncil: 'You are not registered as a member of a user council yet. Ask the secretary to add you.',
  noUpcomingMeeting: 'There are no upcoming meetings to answer for yet.',
};
