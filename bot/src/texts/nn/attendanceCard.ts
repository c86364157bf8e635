import type { Catalogue } from '../catalogue';

export const attendanceCard: Catalogue['attendanceCard'] = {
  title: 'Kjem du på møtet?',
  choice: 'Svaret ditt',
  attend: 'Eg kjem',
  remote: 'Eg deltek digitalt',
  apologies: 'Eg melder forfall',
  deputy: 'Varamedlemmet mitt møter for meg',
  reason: 'Grunn for forfall (valfritt)',
  reasonInMinutes: 'Kan grunnen stå i referatet?',
  reasonInMinutesYes: 'Ja, grunnen kan stå i referatet',
  reasonWhoSees:
    'Sekretæren og leiaren ser grunnen. Utan ja står det berre «forfall» i referatet, og grunnen vert sletta når referatet er godkjent.',
  deputyPick: 'Kven møter for deg?',
  noDeputies: 'Du har ingen vara registrert. Spør sekretæren om nokon skal møte for deg.',
  submit: 'Send svaret',
  changeUntil: 'Du kan endre svaret fram til møtet byrjar.',
  saved: 'Takk! Svaret ditt er lagra.',
  closed: 'Møtet har byrja, så svaret kan ikkje endrast lenger.',
  current: (answer) => `Svaret ditt no: ${answer}`,
  states: {
    notAnswered: 'ikkje svart',
    attend: 'kjem',
    remote: 'deltek digitalt',
    apologies: 'forfall',
    deputy: 'vara møter',
  },
  deputyNamed: (name) => `vara møter: ${name}`,
  personalDeputy: (name) => `${name} (vara for deg)`,
  poolDeputy: (name) => `${name} (varapool)`,
};
