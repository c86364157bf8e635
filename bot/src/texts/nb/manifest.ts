// The app's name and description in Teams (manifest/manifest.json and its localization files);
// tests/unit/deploy/manifest-texts.test.ts fails when the files say something else.
export const manifest = {
  nameFull: 'Utvalg – møtene i brukerutvalget',
  descriptionShort: 'Saksforslag, oppmøte og innspill til brukerutvalget',
  descriptionFull:
    'Utvalg hjelper brukerutvalget med møtene: medlemmene foreslår saker, melder oppmøte eller forfall og sender skriftlige innspill rett i Teams, og sekretæren setter opp sakslisten og publiserer innkalling og referat.',
  meetingsTab: 'Møter',
};
