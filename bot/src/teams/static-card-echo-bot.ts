import { ActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';

/** The card the echo answers with: fixed, so nothing but the stack is measured. */
const STATIC_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Takk, svaret ditt er registrert.', wrap: true }],
};

/**
 * The bench's yardstick for a card press: answers every Action.Execute with a
 * static card and touches no storage. It lives here because botbuilder stays
 * inside bot/src/teams.
 */
export class StaticCardEchoBot extends ActivityHandler {
  protected override onInvokeActivity(_context: TurnContext): Promise<InvokeResponse> {
    return Promise.resolve({
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: STATIC_CARD },
    });
  }
}
