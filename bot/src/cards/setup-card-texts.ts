import type { Language } from '../domain/language';

/** Texts of the council setup card, per language. TypeScript keeps the three catalogues in step. */
const nb = {
  formTitle: 'Sett opp brukerutvalget',
  formIntro:
    'Utvalg er lagt til i dette teamet. Når du oppretter utvalget, blir du sekretær, og alle i teamet blir lagt til som medlemmer. Påminnelser kommer i denne kanalen.',
  nameLabel: 'Navn på utvalget',
  namePlaceholder: 'Brukerutvalget i NAV …',
  languageLabel: 'Språk',
  timeZoneLabel: 'Tidssone',
  kindLabel: 'Type utvalg',
  kindRegional: 'Regionalt brukerutvalg',
  kindLocal: 'Lokalt brukerutvalg',
  parentLabel: 'Regionalt brukerutvalg (for et lokalt utvalg)',
  parentPlaceholder: 'Velg det regionale utvalget',
  noRegional: 'Det finnes ikke noe regionalt brukerutvalg i Utvalg ennå, så et lokalt utvalg settes opp uten.',
  confirm: 'Opprett utvalget',
  refresh: 'Oppdater',
  fixBelow: 'Noe må rettes før jeg kan opprette utvalget. Se under.',
  unknownZone: 'Ukjent tidssone. Velg en fra listen.',
  parentRequired: 'Et lokalt utvalg hører til et regionalt utvalg. Velg det.',
  notRegional: 'Velg et av de regionale utvalgene i listen.',
  inProgressTitle: 'Utvalg settes opp',
  inProgressText: '{name} setter opp brukerutvalget for dette teamet. Bare {name} kan fullføre oppsettet.',
  doneTitle: 'Brukerutvalget er satt opp',
  linkedTitle: 'Teamet har allerede et brukerutvalg',
  factCouncil: 'Utvalg',
  factSecretary: 'Sekretær',
  factMembers: 'Medlemmer',
  doneFooter:
    'Påminnelser kommer i denne kanalen. Når noen blir med i eller går ut av teamet, blir de lagt til i eller tatt ut av utvalget.',
  notStartedTitle: 'Oppsettet er ikke startet',
  notStartedText: 'Skriv @Utvalg oppsett i en kanal i teamet for å sette opp brukerutvalget.',
  onlyInTeam: 'Brukerutvalget settes opp i en kanal i teamet: skriv @Utvalg oppsett der.',
  underWayAbove: 'Oppsettet er allerede i gang i kortet over.',
  takenOverAbove: 'Nå er det du som setter opp brukerutvalget. Fortsett i kortet over.',
};
export type SetupCardTexts = typeof nb;

const nn: SetupCardTexts = {
  formTitle: 'Set opp brukarutvalet',
  formIntro:
    'Utvalg er lagt til i dette teamet. Når du opprettar utvalet, blir du sekretær, og alle i teamet blir lagde til som medlemmer. Påminningar kjem i denne kanalen.',
  nameLabel: 'Namn på utvalet',
  namePlaceholder: 'Brukarutvalet i NAV …',
  languageLabel: 'Språk',
  timeZoneLabel: 'Tidssone',
  kindLabel: 'Type utval',
  kindRegional: 'Regionalt brukarutval',
  kindLocal: 'Lokalt brukarutval',
  parentLabel: 'Regionalt brukarutval (for eit lokalt utval)',
  parentPlaceholder: 'Vel det regionale utvalet',
  noRegional: 'Det finst ikkje noko regionalt brukarutval i Utvalg enno, så eit lokalt utval blir sett opp utan.',
  confirm: 'Opprett utvalet',
  refresh: 'Oppdater',
  fixBelow: 'Noko må rettast før eg kan opprette utvalet. Sjå under.',
  unknownZone: 'Ukjend tidssone. Vel ei frå lista.',
  parentRequired: 'Eit lokalt utval høyrer til eit regionalt utval. Vel det.',
  notRegional: 'Vel eitt av dei regionale utvala i lista.',
  inProgressTitle: 'Utvalg blir sett opp',
  inProgressText: '{name} set opp brukarutvalet for dette teamet. Berre {name} kan fullføre oppsettet.',
  doneTitle: 'Brukarutvalet er sett opp',
  linkedTitle: 'Teamet har alt eit brukarutval',
  factCouncil: 'Utval',
  factSecretary: 'Sekretær',
  factMembers: 'Medlemmer',
  doneFooter:
    'Påminningar kjem i denne kanalen. Når nokon blir med i eller går ut av teamet, blir dei lagde til i eller tekne ut av utvalet.',
  notStartedTitle: 'Oppsettet er ikkje starta',
  notStartedText: 'Skriv @Utvalg oppsett i ein kanal i teamet for å setje opp brukarutvalet.',
  onlyInTeam: 'Brukarutvalet blir sett opp i ein kanal i teamet: skriv @Utvalg oppsett der.',
  underWayAbove: 'Oppsettet er alt i gang i kortet over.',
  takenOverAbove: 'No er det du som set opp brukarutvalet. Hald fram i kortet over.',
};

const en: SetupCardTexts = {
  formTitle: 'Set up the user council',
  formIntro:
    'Utvalg has been added to this team. When you create the council, you become its secretary and everyone in the team is added as a member. Reminders are posted in this channel.',
  nameLabel: 'Council name',
  namePlaceholder: 'The user council of NAV …',
  languageLabel: 'Language',
  timeZoneLabel: 'Time zone',
  kindLabel: 'Kind of council',
  kindRegional: 'Regional user council',
  kindLocal: 'Local user council',
  parentLabel: 'Regional user council (for a local council)',
  parentPlaceholder: 'Choose the regional council',
  noRegional: 'There is no regional user council in Utvalg yet, so a local council is set up without one.',
  confirm: 'Create the council',
  refresh: 'Refresh',
  fixBelow: 'Something needs fixing before I can create the council. See below.',
  unknownZone: 'Unknown time zone. Pick one from the list.',
  parentRequired: 'A local council belongs to a regional council. Please choose it.',
  notRegional: 'Pick one of the regional councils in the list.',
  inProgressTitle: 'Utvalg is being set up',
  inProgressText: '{name} is setting up the user council for this team. Only {name} can finish the setup.',
  doneTitle: 'The user council is set up',
  linkedTitle: 'This team already has a user council',
  factCouncil: 'Council',
  factSecretary: 'Secretary',
  factMembers: 'Members',
  doneFooter: 'Reminders are posted in this channel. People who join or leave the team are added to or removed from the council.',
  notStartedTitle: 'Setup has not started',
  notStartedText: 'Write @Utvalg setup in a channel of the team to set up the user council.',
  onlyInTeam: 'The user council is set up in a channel of the team: write @Utvalg setup there.',
  underWayAbove: 'Setup is already under way in the card above.',
  takenOverAbove: 'You are now the one setting up the user council. Carry on in the card above.',
};

const CATALOGUE: Record<Language, SetupCardTexts> = { nb, nn, en };

export function setupCardTexts(language: Language): SetupCardTexts {
  return CATALOGUE[language];
}
