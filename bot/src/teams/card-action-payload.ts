import { z } from 'zod';
import { isCardVerb, type CardVerb } from '../cards/card-verbs';

/** The `value` of an `adaptiveCard/action` invoke, as far as routing needs it. Everything else is the handler's to parse. */
const invokeValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(64),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

export interface ParsedCardAction {
  verb: CardVerb;
  data: unknown;
  trigger: 'manual' | 'automatic';
}

/** Undefined for anything that is not an Action.Execute with a verb Utvalg knows. */
export function parseCardAction(value: unknown): ParsedCardAction | undefined {
  const parsed = invokeValueSchema.safeParse(value);
  if (!parsed.success || !isCardVerb(parsed.data.action.verb)) return undefined;
  return { verb: parsed.data.action.verb, data: parsed.data.action.data ?? {}, trigger: parsed.data.trigger ?? 'manual' };
}

const councilRefSchema = z.object({ councilId: z.string().min(1).max(200) });

/** The council a pressed card is about, if its data names one: the language of a reply follows that council. */
export function councilIdOfCard(value: unknown): string | undefined {
  const parsed = councilRefSchema.safeParse(parseCardAction(value)?.data);
  return parsed.success ? parsed.data.councilId : undefined;
}

/** Automatic refreshes change nothing, so they need no duplicate check. */
export function isManualCardAction(value: unknown): boolean {
  return parseCardAction(value)?.trigger === 'manual';
}
