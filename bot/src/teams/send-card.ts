import { CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/bind-card';
import type { CardActionResult } from './card-action';

/** Sends a card, or a plain message, as a reply in the current conversation. */
export async function sendResult(turn: TurnContext, result: CardActionResult): Promise<void> {
  if ('card' in result) await sendCard(turn, result.card);
  else await turn.sendActivity(result.message);
}

export async function sendCard(turn: TurnContext, card: AdaptiveCard): Promise<void> {
  await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
