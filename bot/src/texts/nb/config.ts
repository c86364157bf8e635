// Texts of the channel tab's settings page (shown by Teams when the tab is added to a channel).

export interface ConfigTexts {
  loading: string;
  title: string;
  intro: string;
  nameLabel: string;
  nameHint: string;
  defaultName: string;
  nameRequired: string;
  pressSave: string;
  notInTeams: string;
  saveFailed: string;
}

export const config: ConfigTexts = {
  loading: 'Laster …',
  title: 'Legg til Utvalg i kanalen',
  intro:
    'Fanen viser brukerutvalgets neste møte for alle i teamet: saksliste, saksforslag, oppmøte og skriftlige innspill. Sekretæren og lederen setter opp sakslisten her.',
  nameLabel: 'Navn på fanen',
  nameHint: 'Navnet står på fanen øverst i kanalen.',
  defaultName: 'Utvalg',
  nameRequired: 'Skriv et navn på fanen.',
  pressSave: 'Trykk Lagre for å legge til fanen.',
  notInTeams: 'Denne siden brukes av Teams når fanen legges til i en kanal. Åpne kanalen i Teams og velg «Legg til en fane».',
  saveFailed: 'Teams kunne ikke lagre fanen. Prøv igjen.',
};
