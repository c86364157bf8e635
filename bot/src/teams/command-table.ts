import type { Language } from '../domain/language';

/** Every command the bot understands; the manifest's command lists are checked against this table. */
export const COMMAND_IDS = ['help', 'propose', 'attendance', 'apologies', 'input', 'status', 'setup'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** Where a command makes sense: 1:1 chat with the bot, or a team channel (by @mention). */
export type CommandScope = 'personal' | 'team';

export interface CommandSpec {
  id: CommandId;
  scopes: readonly CommandScope[];
  /** What members type, per language (the first is shown on the help card). */
  words: Record<Language, readonly string[]>;
  description: Record<Language, string>;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'propose',
    scopes: ['personal', 'team'],
    words: {
      nb: ['foreslå sak', 'saksforslag', 'foreslå'],
      nn: ['foreslå sak', 'saksforslag', 'foreslå'],
      en: ['propose item', 'propose'],
    },
    description: {
      nb: 'Foreslå en sak til et møte',
      nn: 'Foreslå ei sak til eit møte',
      en: 'Propose an item for a meeting',
    },
  },
  {
    id: 'attendance',
    scopes: ['personal', 'team'],
    words: { nb: ['oppmøte', 'påmelding'], nn: ['oppmøte', 'påmelding'], en: ['attendance', 'attend'] },
    description: {
      nb: 'Si om du kommer til neste møte',
      nn: 'Sei om du kjem til neste møte',
      en: 'Say whether you will attend the next meeting',
    },
  },
  {
    id: 'apologies',
    scopes: ['personal', 'team'],
    words: { nb: ['forfall', 'meld forfall'], nn: ['forfall', 'meld forfall'], en: ['apologies', 'send apologies'] },
    description: {
      nb: 'Meld forfall, eller send vararepresentanten din',
      nn: 'Meld forfall, eller send vararepresentanten din',
      en: 'Send apologies, or send your deputy',
    },
  },
  {
    id: 'input',
    scopes: ['personal', 'team'],
    words: { nb: ['innspill', 'skriftlig innspill'], nn: ['innspel', 'skriftleg innspel'], en: ['input', 'written input'] },
    description: {
      nb: 'Gi skriftlig innspill før fristen',
      nn: 'Gi skriftleg innspel før fristen',
      en: 'Give written input before the deadline',
    },
  },
  {
    id: 'status',
    scopes: ['personal', 'team'],
    words: { nb: ['min status', 'status'], nn: ['min status', 'status'], en: ['my status', 'status'] },
    description: {
      nb: 'Se hva du har svart og hva som gjenstår',
      nn: 'Sjå kva du har svart og kva som står att',
      en: 'See what you have answered and what is still open',
    },
  },
  {
    id: 'setup',
    scopes: ['team'],
    words: { nb: ['oppsett'], nn: ['oppsett'], en: ['setup'] },
    description: {
      nb: 'Sett opp brukerutvalget i dette teamet',
      nn: 'Set opp brukarutvalet i dette teamet',
      en: 'Set up the user council in this team',
    },
  },
  {
    id: 'help',
    scopes: ['personal', 'team'],
    words: { nb: ['hjelp'], nn: ['hjelp'], en: ['help'] },
    description: { nb: 'Vis hva jeg kan hjelpe med', nn: 'Vis kva eg kan hjelpe med', en: 'Show what I can help with' },
  },
];

/** Greetings get the help card too: a first "hei" should never meet silence. */
const GREETINGS = ['hei', 'hallo', 'heisann', 'god morgen', 'god dag', 'hi', 'hello', 'hey'];

/** Lower-case, composed, punctuation as spaces: "Forfall, er syk!" → "forfall er syk". */
export function normaliseCommandText(text: string): string {
  return (
    text
      // Some keyboards send "å" as "a" + a combining ring; compare composed forms.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[.!?,:;]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The command a text asks for; unknown text falls back to help (the help card, not silence). */
export function matchCommand(text: string): { id: CommandId; known: boolean } {
  const normalised = normaliseCommandText(text);
  // Longest word first, so "min status" is not read as a shorter word that happens to prefix it.
  const candidates = COMMANDS.flatMap((c) =>
    Object.values(c.words)
      .flat()
      .map((word) => ({ id: c.id, word })),
  );
  candidates.sort((a, b) => b.word.length - a.word.length);
  for (const { id, word } of candidates) {
    if (normalised === word || normalised.startsWith(`${word} `)) return { id, known: true };
  }
  if (GREETINGS.includes(normalised)) return { id: 'help', known: true };
  return { id: 'help', known: false };
}
