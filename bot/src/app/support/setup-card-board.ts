import type { PendingSetup } from '../../domain/council-setup';
import type { CouncilSetupView } from '../use-cases/view-council-setup';

/** Where a posted card is, to show a new state on it in place. */
export interface SetupCardPlace {
  conversationId: string;
  activityId: string;
}

/** What a setup card shows: who is setting up, or the council once it exists. */
export type SetupCardState =
  | { state: 'inProgress'; setup: PendingSetup }
  | { state: 'linked'; view: CouncilSetupView & { state: 'linked' }; justSetUp: boolean };

/** The team's channel as the set-up use cases see it; the Teams adapter renders and sends the cards. */
export interface SetupCardBoard {
  /** Posts a setup card where the request came from; undefined when Teams gave the message no id. */
  post(shown: SetupCardState): Promise<SetupCardPlace | undefined>;
  /** Shows a new state on a card posted earlier, for everyone who sees it. */
  show(card: SetupCardPlace, shown: SetupCardState): Promise<void>;
}
