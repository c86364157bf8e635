import type { Catalogue } from '../catalogue';

export const config: Catalogue['config'] = {
  loading: 'Loading …',
  title: 'Add Utvalg to the channel',
  intro:
    "The tab shows the user council's next meeting to everyone in the team: agenda, proposals, attendance and written input. The secretary and the chair compile the agenda here.",
  nameLabel: 'Tab name',
  nameHint: 'The name appears on the tab at the top of the channel.',
  defaultName: 'Utvalg',
  nameRequired: 'Enter a name for the tab.',
  pressSave: 'Select Save to add the tab.',
  notInTeams: 'Teams uses this page when the tab is added to a channel. Open the channel in Teams and choose "Add a tab".',
  saveFailed: 'Teams could not save the tab. Try again.',
};
