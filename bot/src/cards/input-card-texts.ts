import type { Language } from '../domain/language';

const nb = {
  title: 'Skriftlig innspill',
  forItem: 'Til saken: {item}',
  deadline: 'Frist: {date}',
  submit: 'Send innspillet',
  saved: 'Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.',
  editUntil: 'Du kan svare på ett eller flere av spørsmålene, og endre svarene fram til fristen.',
  deadlinePassed: 'Fristen gikk ut {date}. Ta kontakt med sekretæren, {secretary}, hvis du likevel vil si noe.',
  theSecretary: 'sekretæren',
  savedChanges: 'Takk! Endringene dine er lagret. Du kan endre innspillet fram til fristen.',
  noOpenInputs: 'Du har ingen åpne spørsmål om skriftlig innspill nå.',
  visibleToSecretary: 'Bare sekretæren og lederen ser svaret ditt før møtet.',
  visibleToAll: 'Alle medlemmene kan lese svaret ditt før møtet.',
  publicRecord: 'Innspill kan bli et offentlig dokument etter offentleglova.',
  noticeText: 'Sekretæren ber om skriftlig innspill til møtet {date}. Frist: {deadline}.',
};
type InputTexts = typeof nb;

const nn: InputTexts = {
  title: 'Skriftleg innspel',
  forItem: 'Til saka: {item}',
  deadline: 'Frist: {date}',
  submit: 'Send innspelet',
  saved: 'Takk! Innspelet ditt er lagra. Du kan endre det fram til fristen.',
  editUntil: 'Du kan svare på eitt eller fleire av spørsmåla, og endre svara fram til fristen.',
  deadlinePassed: 'Fristen gjekk ut {date}. Ta kontakt med sekretæren, {secretary}, om du likevel vil seie noko.',
  theSecretary: 'sekretæren',
  savedChanges: 'Takk! Endringane dine er lagra. Du kan endre innspelet fram til fristen.',
  noOpenInputs: 'Du har ingen opne spørsmål om skriftleg innspel no.',
  visibleToSecretary: 'Berre sekretæren og leiaren ser svaret ditt før møtet.',
  visibleToAll: 'Alle medlemmene kan lese svaret ditt før møtet.',
  publicRecord: 'Innspel kan bli eit offentleg dokument etter offentleglova.',
  noticeText: 'Sekretæren ber om skriftleg innspel til møtet {date}. Frist: {deadline}.',
};

const en: InputTexts = {
  title: 'Written input',
  forItem: 'For the item: {item}',
  deadline: 'Deadline: {date}',
  submit: 'Send input',
  saved: 'Thank you! Your input is saved. You can change it until the deadline.',
  editUntil: 'You can answer one or more of the questions, and change your answers until the deadline.',
  deadlinePassed: 'The deadline passed on {date}. Contact the secretary, {secretary}, if you still want to say something.',
  theSecretary: 'the secretary',
  savedChanges: 'Thank you! Your changes are saved. You can change your input until the deadline.',
  noOpenInputs: 'You have no open requests for written input right now.',
  visibleToSecretary: 'Only the secretary and the chair see your answer before the meeting.',
  visibleToAll: 'All members can read your answer before the meeting.',
  publicRecord: 'Input can become a public document under the Freedom of Information Act (offentleglova).',
  noticeText: 'The secretary asks for written input for the meeting on {date}. Deadline: {deadline}.',
};

const CATALOGUE: Record<Language, InputTexts> = { nb, nn, en };

export function inputTexts(language: Language): InputTexts {
  return CATALOGUE[language];
}
