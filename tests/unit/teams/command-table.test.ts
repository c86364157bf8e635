import { LANGUAGES } from '../../../bot/src/domain/language';
import { COMMAND_IDS, COMMANDS, matchCommand, normaliseCommandText, type CommandId } from '../../../bot/src/teams/command-table';

/** What members actually type, written out by hand rather than read from the table. */
const TYPED: [string, CommandId][] = [
  ['Min status!', 'status'],
  ['min status', 'status'],
  ['status', 'status'],
  ['STATUS', 'status'],
  ['  min   status  ', 'status'],
  ['My status?', 'status'],
  ['foreslå sak om ventetid', 'propose'],
  ['Foreslå sak', 'propose'],
  ['FORESLÅ', 'propose'],
  ['Foreslå sak: ventetid på telefon', 'propose'],
  ['saksforslag', 'propose'],
  ['Propose item about waiting times', 'propose'],
  ['oppmøte', 'attendance'],
  ['Påmelding.', 'attendance'],
  ['attendance', 'attendance'],
  ['Attend', 'attendance'],
  ['Meld forfall', 'apologies'],
  ['forfall er syk', 'apologies'],
  ['send apologies', 'apologies'],
  ['innspill', 'input'],
  ['Skriftlig innspill', 'input'],
  ['innspel', 'input'],
  ['skriftleg innspel', 'input'],
  ['written input', 'input'],
  ['oppsett', 'setup'],
  ['Setup', 'setup'],
  ['hjelp', 'help'],
  ['Hjelp!!!', 'help'],
  ['help?!', 'help'],
];

describe('matchCommand', () => {
  it.each(TYPED)('%j → %s', (text, id) => {
    expect(matchCommand(text)).toEqual({ id, known: true });
  });

  // Punctuation right after a command word is how people type: "Forfall, er syk".
  it.each([
    ['Forfall, er syk', 'apologies'],
    ['Status, takk', 'status'],
    ['Innspill: mer samarbeid', 'input'],
  ])('%j → %s (punctuation after the command word)', (text, id) => {
    expect(matchCommand(text)).toEqual({ id, known: true });
  });

  it.each([['Hei'], ['hei!'], ['Hallo'], ['Heisann'], ['God morgen'], ['god dag.'], ['Hi'], ['hello'], ['Hey!']])(
    'greeting %j gets the help card as a known command',
    (text) => {
      expect(matchCommand(text)).toEqual({ id: 'help', known: true });
    },
  );

  it.each([
    ['asdfgh'],
    [''],
    ['   '],
    ['!!!'],
    ['hva skjer?'],
    // A command word must stand alone or be followed by a space.
    ['statusrapport'],
    ['hjelpemidler'],
    ['forfallsdato'],
    ['attendances'],
    ['heia'],
    ['kan du hjelpe meg'],
  ])('%j falls back to help, marked unknown', (text) => {
    expect(matchCommand(text)).toEqual({ id: 'help', known: false });
  });

  it.each(
    COMMANDS.flatMap((c) => LANGUAGES.flatMap((language) => c.words[language].map((word) => [c.id, language, word] as const))),
  )('%s: the %s word %j matches, alone and followed by more text', (id, _language, word) => {
    expect(matchCommand(word)).toEqual({ id, known: true });
    expect(matchCommand(`${word.toUpperCase()}!`)).toEqual({ id, known: true });
    expect(matchCommand(`${word} for neste møte`)).toEqual({ id, known: true });
  });
});

describe('the command table', () => {
  it('has exactly one entry per command id', () => {
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it.each(COMMANDS.map((c) => [c.id, c] as const))('%s has words and a description in nb, nn and en', (_id, command) => {
    for (const language of LANGUAGES) {
      expect(command.words[language].length).toBeGreaterThan(0);
      for (const word of command.words[language]) expect(word.trim()).not.toBe('');
      expect(command.description[language].trim()).not.toBe('');
    }
    expect(command.scopes.length).toBeGreaterThan(0);
  });

  it('lists every word in the form typed text is compared in (else it could never match)', () => {
    for (const word of COMMANDS.flatMap((c) => LANGUAGES.flatMap((l) => c.words[l]))) {
      expect(normaliseCommandText(word)).toBe(word);
    }
  });

  it('gives no word to two commands', () => {
    const owner = new Map<string, CommandId>();
    for (const c of COMMANDS) {
      for (const word of LANGUAGES.flatMap((l) => c.words[l])) {
        expect([undefined, c.id]).toContain(owner.get(word));
        owner.set(word, c.id);
      }
    }
  });
});
