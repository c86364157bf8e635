import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';

/** A typed message the command table matched. */
export interface CommandRequest {
  turn: TurnContext;
  deps: AppDeps;
  /** The text without the bot's @mention. */
  text: string;
  /** False when nothing matched and the help card is the fallback. */
  known: boolean;
}

export type CommandHandler = (request: CommandRequest) => Promise<void>;
