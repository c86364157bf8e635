import type { Catalogue } from '../catalogue';

export const calendar: Catalogue['calendar'] = {
  event: {
    summary: (council) => `Møte i ${council}`,
    cancelledSummary: (council) => `Avlyst: møte i ${council}`,
    cancelledBecause: (reason) => `Møtet er avlyst: ${reason}`,
    packageLine: (url) => `Møtepakke: ${url}`,
    onlineLine: (url) => `Delta på nett: ${url}`,
  },
  yearName: (council, year) => `${council} – møte ${year}`,
  feedName: 'Utvalg – mine møte',
  addToCalendar: 'Legg i kalender',
  addToCalendarFor: (when) => `Legg i kalender: møtet ${when}`,
  yearCalendar: (year) => `Møtekalender ${year}`,
  yearCalendarHint: 'Alle møta i året som éi kalenderfil, for Outlook eller ein annan kalender.',
  downloadFailed: 'Kalenderfila kunne ikkje hentast. Prøv igjen.',
  nav: 'Min kalender',
  heading: 'Min kalender',
  intro:
    'Med ei kalenderadresse kan du abonnere på alle komande møte i utvala dine i Outlook. Adressa er hemmeleg: den som har ho, ser møta dine.',
  noAddress: 'Du har inga kalenderadresse.',
  addressMadeOn: (date) => `Du har ei kalenderadresse, laga ${date}.`,
  makeAddress: 'Lag kalenderadresse',
  makeNewAddress: 'Lag ny adresse',
  makeNewWarning: 'Ei ny adresse gjer at den gamle sluttar å verke.',
  revoke: 'Slett adressa',
  revoked: 'Kalenderadressa er sletta. Den gamle adressa verkar ikkje lenger.',
  addressLabel: 'Kalenderadressa di',
  shownOnce: 'Kopier adressa no. Ho blir berre vist denne eine gongen.',
  howToSubscribe: 'I Outlook: Legg til kalender → Abonner frå nettet, og lim inn adressa.',
  copy: 'Kopier adressa',
  copied: 'Adressa er kopiert.',
};
