import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { AppDeps, Principal } from '../app/deps';
import type { AdaptiveCard } from '../cards/bind-card';

/** What a card action handler gets: who pressed, the (untrusted) data, and whether this delivery was seen before. */
export interface CardActionRequest {
  turn: TurnContext;
  deps: AppDeps;
  principal: Principal | undefined;
  /** `action.data` with the card's input values merged in by Teams. Untrusted: parse it. */
  data: unknown;
  /** A redelivery of an activity already handled: show the current state, write nothing. */
  duplicate: boolean;
  /** 'automatic' for a `refresh` the client sent by itself when the card came into view. */
  trigger: 'manual' | 'automatic';
}

/** A handler answers with the card that replaces the pressed one, or with a short text message. */
export type CardActionResult = { card: AdaptiveCard } | { message: string };

export type CardActionHandler = (request: CardActionRequest) => Promise<CardActionResult>;

/** The invoke response Teams expects for `adaptiveCard/action`. */
export function toInvokeResponse(result: CardActionResult): AdaptiveCardInvokeResponse {
  if ('card' in result) {
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card };
  }
  // Teams wants the text itself as `value`; botbuilder's type only allows an object.
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: result.message as unknown as Record<string, unknown>,
  };
}
