import type { Language } from '../domain/language';
import { textsFor } from '../texts/catalogue';

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
  /** What it does, per language: the catalogue's `commands` area (help card and the manifest's command lists). */
  description: Record<Language, string>;
}

const SPECS: readonly Omit<CommandSpec, 'description'>[] = [
  {
    id: 'propose',
    scopes: ['personal', 'team'],
    words: {
      nb: ['foreslå sak', 'saksforslag', 'foreslå'],
      nn: ['foreslå sak', 'saksforslag', 'foreslå'],
      en: ['propose item', 'propose'],
    },
  },
  {
    id: 'attendance',
    scopes: ['personal', 'team'],
    words: { nb: ['oppmøte', 'påmelding'], nn: ['oppmøte', 'påmelding'], en: ['attendance', 'attend'] },
  },
  {
    id: 'apologies',
    scopes: ['personal', 'team'],
    words: { nb: ['forfall', 'meld forfall'], nn: ['forfall', 'meld forfall'], en: ['apologies', 'send apologies'] },
  },
  {
    id: 'input',
    scopes: ['personal', 'team'],
    words: { nb: ['innspill', 'skriftlig innspill'], nn: ['innspel', 'skriftleg innspel'], en: ['input', 'written input'] },
  },
  {
    id: 'status',
    scopes: ['personal', 'team'],
    words: { nb: ['min status', 'status'], nn: ['min status', 'status'], en: ['my status', 'status'] },
  },
  {
    id: 'setup',
    scopes: ['team'],
    words: { nb: ['oppsett'], nn: ['oppsett'], en: ['setup'] },
  },
  {
    id: 'help',
    scopes: ['personal', 'team'],
    words: { nb: ['hjelp'], nn: ['hjelp'], en: ['help'] },
  },
];

export const COMMANDS: readonly CommandSpec[] = SPECS.map((spec) => ({
  ...spec,
  description: {
    nb: textsFor('nb').commands[spec.id],
    nn: textsFor('nn').commands[spec.id],
    en: textsFor('en').commands[spec.id],
  },
}));

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
