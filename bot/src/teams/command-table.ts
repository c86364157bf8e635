import type { Language } from '../domain/language';

/** Every command the bot understands; the manifest's command lists are checked against this table. */
export const COMMAND_IDS = ['help'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandSpec {
  id: CommandId;
  /** What members type, per language (the first is shown on the help card). */
  words: Record<Language, readonly string[]>;
  description: Record<Language, string>;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'help',
    words: { nb: ['hjelp'], nn: ['hjelp'], en: ['help'] },
    description: { nb: 'Vis hva jeg kan hjelpe med', nn: 'Vis kva eg kan hjelpe med', en: 'Show what I can help with' },
  },
];

/** Greetings get the help card too: a first "hei" should never meet silence. */
const GREETINGS = ['hei', 'hallo', 'heisann', 'god morgen', 'god dag', 'hi', 'hello', 'hey'];

/** Lower-case, trimmed, without trailing punctuation: "Hjelp!" → "hjelp". */
export function normaliseCommandText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?,:;]+$/u, '');
}

/** The command a text asks for; unknown text falls back to help (the help card, not silence). */
export function matchCommand(text: string): { id: CommandId; known: boolean } {
  const normalised = normaliseCommandText(text);
  for (const command of COMMANDS) {
    const all = Object.values(command.words).flat();
    if (all.some((w) => normalised === w || normalised.startsWith(`${w} `))) return { id: command.id, known: true };
  }
  if (GREETINGS.includes(normalised)) return { id: 'help', known: true };
  return { id: 'help', known: false };
}
