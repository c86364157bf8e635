import type { Activity, ActivityHandler } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../config/logger';
import type { BotAdapter } from './bot-adapter';

export interface BotEndpointAnswer {
  status: number;
  body?: unknown;
}

/** The least an activity must be for a turn: an object with a type (what botbuilder's validateAndFixActivity checks). */
const activitySchema = z.object({ type: z.string().min(1) }).passthrough();

/**
 * POST /api/messages: one activity from the Bot Framework (or anyone on the
 * internet). A malformed activity answers 400, a token that does not check out
 * 401, both with no detail; each failure is one log line.
 */
export async function answerBotRequest(
  parts: { adapter: BotAdapter; bot: ActivityHandler; log: Logger },
  request: { body: unknown; authorization: string },
): Promise<BotEndpointAnswer> {
  const parsed = activitySchema.safeParse(request.body);
  if (!parsed.success) {
    parts.log.warn('bot request refused: not an activity');
    return { status: 400 };
  }
  const activity = withDates(parsed.data);
  let turnStarted = false;
  try {
    const invokeResponse = await parts.adapter.runTurn(request.authorization, activity, (context) => {
      turnStarted = true;
      return parts.bot.run(context);
    });
    return { status: invokeResponse?.status ?? 200, ...(invokeResponse?.body !== undefined && { body: invokeResponse.body }) };
  } catch (error) {
    // The turn's own failures go to onTurnError; what throws before it is the token check (including not reaching the keys).
    const message = error instanceof Error ? error.message : String(error);
    if (!turnStarted) {
      parts.log.warn('bot request refused: token not verified', { reason: message, activityType: activity.type });
      return { status: 401 };
    }
    parts.log.error('bot request failed', { error: message, activityType: activity.type });
    return { status: 500 };
  }
}

/** Timestamps as Date, as botbuilder's own process() hands them to the turn. */
function withDates(raw: z.infer<typeof activitySchema>): Activity {
  const activity: Record<string, unknown> = { ...raw };
  for (const field of ['timestamp', 'expiration', 'localTimestamp'] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
