// Calendars: the .ics entries of meetings, "Legg i kalender" in the tab, and the personal feed view ("Min kalender").
import type { MeetingEventTexts } from '../../domain/meeting-calendar';

export interface CalendarTexts {
  event: MeetingEventTexts;
  /** Name of a council's year calendar (møtekalender). */
  yearName: (council: string, year: number) => string;
  /** Name of a member's personal feed, as the calendar app lists it. */
  feedName: string;
  addToCalendar: string;
  /** Accessible name of "Legg i kalender" on one meeting. */
  addToCalendarFor: (when: string) => string;
  yearCalendar: (year: number) => string;
  yearCalendarHint: string;
  downloadFailed: string;
  nav: string;
  heading: string;
  intro: string;
  noAddress: string;
  addressMadeOn: (date: string) => string;
  makeAddress: string;
  makeNewAddress: string;
  makeNewWarning: string;
  revoke: string;
  revoked: string;
  addressLabel: string;
  shownOnce: string;
  howToSubscribe: string;
  copy: string;
  copied: string;
}

export const calendar: CalendarTexts = {
  event: {
    summary: (council) => `Møte i ${council}`,
    cancelledSummary: (council) => `Avlyst: møte i ${council}`,
    cancelledBecause: (reason) => `Møtet er avlyst: ${reason}`,
    packageLine: (url) => `Møtepakke: ${url}`,
    onlineLine: (url) => `Delta på nett: ${url}`,
  },
  yearName: (council, year) => `${council} – møter ${year}`,
  feedName: 'Utvalg – mine møter',
  addToCalendar: 'Legg i kalender',
  addToCalendarFor: (when) => `Legg i kalender: møtet ${when}`,
  yearCalendar: (year) => `Møtekalender ${year}`,
  yearCalendarHint: 'Alle årets møter som én kalenderfil, for Outlook eller en annen kalender.',
  downloadFailed: 'Kalenderfilen kunne ikke hentes. Prøv igjen.',
  nav: 'Min kalender',
  heading: 'Min kalender',
  intro:
    'Med en kalenderadresse kan du abonnere på alle kommende møter i utvalgene dine i Outlook. Adressen er hemmelig: den som har den, ser møtene dine.',
  noAddress: 'Du har ingen kalenderadresse.',
  addressMadeOn: (date) => `Du har en kalenderadresse, laget ${date}.`,
  makeAddress: 'Lag kalenderadresse',
  makeNewAddress: 'Lag ny adresse',
  makeNewWarning: 'En ny adresse slutter den gamle å virke.',
  revoke: 'Slett adressen',
  revoked: 'Kalenderadressen er slettet. Den gamle adressen virker ikke lenger.',
  addressLabel: 'Din kalenderadresse',
  shownOnce: 'Kopier adressen nå. Den vises bare denne ene gangen.',
  howToSubscribe: 'I Outlook: Legg til kalender → Abonner fra nettet, og lim inn adressen.',
  copy: 'Kopier adressen',
  copied: 'Adressen er kopiert.',
};
