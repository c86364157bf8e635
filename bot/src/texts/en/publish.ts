import type { Catalogue } from '../catalogue';
import { plural } from '../plural';

export const publish: Catalogue['publish'] = {
  heading: 'Publishing',
  loading: 'Loading the notice status …',
  notPublished: 'The notice has not been sent yet.',
  publishNotice: 'Lock and send notice',
  dialogTitle: 'Lock and send the notice?',
  dialogIntro: 'When you send:',
  willNumber: (count, span) =>
    `The agenda is locked: ${count} ${plural('en', count, { one: 'item gets', other: 'items get' })} case numbers ${span}, in agenda order.`,
  willKeepNumbers: 'The agenda is locked. The items already have case numbers and keep them.',
  numbersFinal: 'Case numbers never change and are never reused.',
  willMoveStatus: 'The meeting becomes "Notice sent". The agenda can still change, but changes are shown as changes.',
  channelWill: {
    linked: "A card with time, place, the agenda and a link to the meeting package is posted in the council's channel.",
    noConversation:
      'Utvalg has not been added to the team, so the card cannot be posted. The meeting package is in the tab – tell the members yourself.',
    notLinked: 'The council is not linked to a Teams channel. The meeting package is in the tab – tell the members yourself.',
  },
  confirmNotice: 'Lock and send',
  cancel: 'Cancel',
  publishing: 'Sending …',
  publishedOn: (date) => `The notice was sent ${date}.`,
  revisionOn: (revision, date) => `Changes sent ${date} (update ${revision}).`,
  outcome: {
    sent: 'The card is posted in the channel.',
    alreadySent: 'The card had already been posted in the channel.',
    noChannel: 'The council is not linked to a channel, so nothing was posted – the meeting package is in the tab.',
    unreachable:
      'Utvalg cannot reach the channel (was the app removed from the team?), so nothing was posted. The package is in the tab.',
    failed: 'The card could not be posted in the channel. Try again shortly.',
    inProgress: 'The card is being posted right now. Reload in a moment.',
  },
  postState: {
    pending: 'The card has not been posted in the channel yet.',
    sending: 'Posting the card was attempted but not confirmed. Check the channel before trying again.',
    sent: (date) => `The card was posted in the channel ${date}.`,
    failed: 'The card could not be posted in the channel.',
    unreachable: 'Utvalg cannot reach the channel. Add the app to the team and try again.',
    noChannel: 'The council is not linked to a channel. The meeting package is in the tab.',
  },
  retryPost: 'Try posting in the channel again',
  unpublishedChanges: (count) =>
    `The agenda changed after the last update: ${count} ${plural('en', count, { one: 'change is', other: 'changes are' })} not sent.`,
  noUnpublishedChanges: 'No changes are waiting to be sent.',
  sendChanges: 'Send changes',
  changesDialogTitle: 'Send the agenda changes?',
  changesDialogIntro: (count) => `${count} ${plural('en', count, { one: 'change', other: 'changes' })} will be sent:`,
  changesWillNumber: (count, span) =>
    `${count} new ${plural('en', count, { one: 'item gets case number', other: 'items get case numbers' })} ${span}. Other items keep their numbers.`,
  changesChannel: {
    linked: "A short message with the changes and a link to the meeting package is posted in the council's channel.",
    noConversation: 'Utvalg has not been added to the team, so the message cannot be posted. The changes show in the package.',
    notLinked: 'The council is not linked to a channel. The changes show in the meeting package.',
  },
  confirmChanges: 'Send changes',
  noticeSent: 'The notice is sent.',
  changesSent: 'The changes are sent.',
  notEditable: 'The meeting is held or cancelled; nothing can be sent.',
  concurrentEdit: 'Someone else changed the meeting. Reload and check before sending.',
  alreadyPublished: 'The notice has already been sent.',
  nothingToSend: 'Nothing has changed since the last update.',
  forbidden: 'Only the secretary and the chair can send the notice.',
  failed: 'That did not work. Try again shortly.',
  reload: 'Reload',
};
