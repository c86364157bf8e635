import type { Catalogue } from '../catalogue';

export const inputCard: Catalogue['inputCard'] = {
  title: 'Skriftleg innspel',
  forItem: (item) => `Til saka: ${item}`,
  deadline: (date) => `Frist: ${date}`,
  submit: 'Send innspelet',
  saved: 'Takk! Innspelet ditt er lagra. Du kan endre det fram til fristen.',
  editUntil: 'Du kan svare på eitt eller fleire av spørsmåla, og endre svara fram til fristen.',
  deadlinePassed: (date, secretary) =>
    `Fristen gjekk ut ${date}. Ta kontakt med sekretæren, ${secretary}, om du likevel vil seie noko.`,
  theSecretary: 'sekretæren',
  savedChanges: 'Takk! Endringane dine er lagra. Du kan endre innspelet fram til fristen.',
  noOpenInputs: 'Du har ingen opne spørsmål om skriftleg innspel no.',
  visibleToSecretary: 'Berre sekretæren og leiaren ser svaret ditt før møtet.',
  visibleToAll: 'Alle medlemmene kan lese svaret ditt før møtet.',
  publicRecord: 'Innspel kan bli eit offentleg dokument etter offentleglova.',
  noticeText: (date, deadline) => `Sekretæren ber om skriftleg innspel til møtet ${date}. Frist: ${deadline}.`,
};
