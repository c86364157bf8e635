import type { Catalogue } from '../catalogue';

export const config: Catalogue['config'] = {
  loading: 'Lastar …',
  title: 'Legg til Utvalg i kanalen',
  intro:
    'Fana viser neste møte i brukarutvalet for alle i teamet: sakliste, saksforslag, oppmøte og skriftlege innspel. Sekretæren og leiaren set opp saklista her.',
  nameLabel: 'Namn på fana',
  nameHint: 'Namnet står på fana øvst i kanalen.',
  defaultName: 'Utvalg',
  nameRequired: 'Skriv eit namn på fana.',
  pressSave: 'Trykk Lagre for å leggje til fana.',
  notInTeams:
    'Denne sida blir brukt av Teams når fana blir lagd til i ein kanal. Opne kanalen i Teams og vel «Legg til ei fane».',
  saveFailed: 'Teams kunne ikkje lagre fana. Prøv igjen.',
};
