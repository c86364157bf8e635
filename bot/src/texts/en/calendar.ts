import type { Catalogue } from '../catalogue';

export const calendar: Catalogue['calendar'] = {
  event: {
    summary: (council) => `${council} meeting`,
    cancelledSummary: (council) => `Cancelled: ${council} meeting`,
    cancelledBecause: (reason) => `The meeting is cancelled: ${reason}`,
    packageLine: (url) => `Meeting package: ${url}`,
    onlineLine: (url) => `Join online: ${url}`,
  },
  yearName: (council, year) => `${council} – meetings ${year}`,
  feedName: 'Utvalg – my meetings',
  addToCalendar: 'Add to calendar',
  addToCalendarFor: (when) => `Add to calendar: the meeting ${when}`,
  yearCalendar: (year) => `Meeting calendar ${year}`,
  yearCalendarHint: "All of the year's meetings as one calendar file, for Outlook or another calendar.",
  downloadFailed: 'The calendar file could not be fetched. Try again.',
  nav: 'My calendar',
  heading: 'My calendar',
  intro:
    'With a calendar address you can subscribe in Outlook to every upcoming meeting of your councils. The address is secret: whoever has it sees your meetings.',
  noAddress: 'You have no calendar address.',
  addressMadeOn: (date) => `You have a calendar address, made ${date}.`,
  makeAddress: 'Make a calendar address',
  makeNewAddress: 'Make a new address',
  makeNewWarning: 'A new address stops the old one from working.',
  revoke: 'Delete the address',
  revoked: 'The calendar address is deleted. The old address no longer works.',
  addressLabel: 'Your calendar address',
  shownOnce: 'Copy the address now. It is shown only this once.',
  howToSubscribe: 'In Outlook: Add calendar → Subscribe from web, and paste the address.',
  copy: 'Copy the address',
  copied: 'The address is copied.',
};
