import { CardFactory, TurnContext, type Activity } from 'botbuilder';
import type { SetupCardBoard, SetupCardState } from '../app/support/setup-card-board';
import type { CouncilSetupView } from '../app/use-cases/view-council-setup';
import type { AdaptiveCard } from '../cards/bind-card';
import { setupCard } from '../cards/setup-card';

/**
 * The team's setup cards through this turn's connector: new cards go where the
 * turn came from; a card posted earlier (maybe in another thread) is replaced
 * in its own conversation, for everyone who sees it.
 */
export function setupCardBoard(turn: TurnContext): SetupCardBoard {
  return {
    async post(shown) {
      const response = await turn.sendActivity(cardActivity(setupCardFor(shown)));
      const conversationId = turn.activity.conversation?.id;
      return response?.id && conversationId ? { conversationId, activityId: response.id } : undefined;
    },
    async show(card, shown) {
      const reference = TurnContext.getConversationReference(turn.activity);
      const activity = TurnContext.applyConversationReference(
        { ...cardActivity(setupCardFor(shown)), id: card.activityId },
        { ...reference, conversation: { ...reference.conversation!, id: card.conversationId } },
      );
      // Through the adapter: TurnContext.updateActivity would put the turn's own conversation back.
      await turn.adapter.updateActivity(turn, activity);
    },
  };
}

export function setupCardFor(shown: SetupCardState): AdaptiveCard {
  if (shown.state === 'linked') return linkedCard(shown.view, shown.justSetUp);
  const { setup } = shown;
  return setupCard({
    view: 'inProgress',
    language: setup.language,
    installerName: setup.installer.name,
    installerTeamsUserId: setup.installer.teamsUserId,
  });
}

/**
 * The card for a team that has its council: which council, its secretary, how
 * many members. In the council's language: it replaces the card everyone sees.
 */
export function linkedCard(view: CouncilSetupView & { state: 'linked' }, justSetUp: boolean): AdaptiveCard {
  return setupCard({
    view: 'linked',
    language: view.council.language,
    councilName: view.council.name,
    secretaries: view.secretaries,
    activeMembers: view.activeMembers,
    justSetUp,
  });
}

function cardActivity(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
