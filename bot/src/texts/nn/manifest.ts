import type { Catalogue } from '../catalogue';

export const manifest: Catalogue['manifest'] = {
  nameFull: 'Utvalg – møta i brukarutvalet',
  descriptionShort: 'Saksforslag, oppmøte og innspel til brukarutvalet',
  descriptionFull:
    'Utvalg hjelper brukarutvalet med møta: medlemmene foreslår saker, melder oppmøte eller forfall og sender skriftlege innspel rett i Teams, og sekretæren set opp saklista og publiserer innkalling og referat.',
  meetingsTab: 'Møte',
};
