import type { AttendanceState } from '../domain/attendance';
import type { Language } from '../domain/language';

const nb = {
  title: 'Kommer du på møtet?',
  choice: 'Ditt svar',
  attend: 'Jeg kommer',
  remote: 'Jeg deltar digitalt',
  apologies: 'Jeg melder forfall',
  deputy: 'Varamedlemmet mitt møter for meg',
  reason: 'Grunn til forfall (valgfritt, vises i referatet)',
  deputyPick: 'Hvem møter for deg?',
  noDeputies: 'Du har ingen vara registrert. Spør sekretæren hvis noen skal møte for deg.',
  submit: 'Send svaret',
  changeUntil: 'Du kan endre svaret fram til møtet starter.',
  saved: 'Takk! Svaret ditt er lagret.',
  closed: 'Møtet har startet, så svaret kan ikke endres lenger.',
  current: 'Svaret ditt nå: {answer}',
  states: {
    notAnswered: 'ikke svart ennå',
    attend: 'kommer',
    remote: 'deltar digitalt',
    apologies: 'forfall',
    deputy: 'vara møter',
  } satisfies Record<AttendanceState, string>,
  deputyNamed: 'vara møter: {name}',
  personalDeputy: '{name} (din vara)',
  poolDeputy: '{name} (varapool)',
};
type AttendanceTexts = typeof nb;

const nn: AttendanceTexts = {
  title: 'Kjem du på møtet?',
  choice: 'Svaret ditt',
  attend: 'Eg kjem',
  remote: 'Eg deltek digitalt',
  apologies: 'Eg melder forfall',
  deputy: 'Varamedlemmet mitt møter for meg',
  reason: 'Grunn til forfall (valfritt, blir vist i referatet)',
  deputyPick: 'Kven møter for deg?',
  noDeputies: 'Du har ingen vara registrert. Spør sekretæren om nokon skal møte for deg.',
  submit: 'Send svaret',
  changeUntil: 'Du kan endre svaret fram til møtet byrjar.',
  saved: 'Takk! Svaret ditt er lagra.',
  closed: 'Møtet har byrja, så svaret kan ikkje endrast lenger.',
  current: 'Svaret ditt no: {answer}',
  states: {
    notAnswered: 'ikkje svart enno',
    attend: 'kjem',
    remote: 'deltek digitalt',
    apologies: 'forfall',
    deputy: 'vara møter',
  },
  deputyNamed: 'vara møter: {name}',
  personalDeputy: '{name} (vara for deg)',
  poolDeputy: '{name} (varapool)',
};

const en: AttendanceTexts = {
  title: 'Will you attend the meeting?',
  choice: 'Your answer',
  attend: "I'll be there",
  remote: "I'll join online",
  apologies: 'I send my apologies',
  deputy: 'My deputy attends for me',
  reason: 'Reason for apologies (optional, shown in the minutes)',
  deputyPick: 'Who attends for you?',
  noDeputies: 'You have no deputy registered. Ask the secretary if someone should attend for you.',
  submit: 'Send answer',
  changeUntil: 'You can change your answer until the meeting starts.',
  saved: 'Thank you! Your answer is saved.',
  closed: 'The meeting has started, so the answer can no longer be changed.',
  current: 'Your answer now: {answer}',
  states: {
    notAnswered: 'not answered yet',
    attend: 'attending',
    remote: 'joining online',
    apologies: 'apologies',
    deputy: 'deputy attends',
  },
  deputyNamed: 'deputy attends: {name}',
  personalDeputy: '{name} (your deputy)',
  poolDeputy: '{name} (deputy pool)',
};

const CATALOGUE: Record<Language, AttendanceTexts> = { nb, nn, en };

export function attendanceTexts(language: Language): AttendanceTexts {
  return CATALOGUE[language];
}
