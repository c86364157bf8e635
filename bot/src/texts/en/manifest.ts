import type { Catalogue } from '../catalogue';

export const manifest: Catalogue['manifest'] = {
  nameFull: 'Utvalg – user council meetings',
  descriptionShort: 'Agenda proposals, attendance and input for the user council',
  descriptionFull:
    "Utvalg runs the user council's meeting cycle: members propose agenda items, say whether they attend or send apologies and give written input right in Teams, and the secretary compiles the agenda and publishes the notice and the minutes.",
  meetingsTab: 'Meetings',
};
