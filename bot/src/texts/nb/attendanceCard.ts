import type { AttendanceState } from '../../domain/attendance';

// The attendance card: will you come, send apologies, or send your deputy?
export const attendanceCard = {
  title: 'Kommer du på møtet?',
  choice: 'Ditt svar',
  attend: 'Jeg kommer',
  remote: 'Jeg deltar digitalt',
  apologies: 'Jeg melder forfall',
  deputy: 'Varamedlemmet mitt møter for meg',
  reason: 'Grunn til forfall (valgfritt)',
  reasonInMinutes: 'Kan grunnen stå i referatet?',
  reasonInMinutesYes: 'Ja, grunnen kan stå i referatet',
  reasonWhoSees:
    'Sekretæren og lederen ser grunnen. Uten ja står det bare «forfall» i referatet, og grunnen slettes når referatet er godkjent.',
  deputyPick: 'Hvem møter for deg?',
  noDeputies: 'Du har ingen vara registrert. Spør sekretæren hvis noen skal møte for deg.',
  submit: 'Send svaret',
  changeUntil: 'Du kan endre svaret fram til møtet starter.',
  saved: 'Takk! Svaret ditt er lagret.',
  closed: 'Møtet har startet, så svaret kan ikke endres lenger.',
  current: (answer: string) => `Svaret ditt nå: ${answer}`,
  states: {
    notAnswered: 'ikke svart',
    attend: 'kommer',
    remote: 'deltar digitalt',
    apologies: 'forfall',
    deputy: 'vara møter',
  } satisfies Record<AttendanceState, string>,
  deputyNamed: (name: string) => `vara møter: ${name}`,
  personalDeputy: (name: string) => `${name} (din vara)`,
  poolDeputy: (name: string) => `${name} (varapool)`,
};
