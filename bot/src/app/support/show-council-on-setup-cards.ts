import { unconfirmedCards, withCardsConfirmed } from '../../domain/setup-cards';
import { changePendingSetup } from '../use-cases/change-pending-setup';
import type { AppDeps } from '../deps';
import type { SetupCardBoard, SetupCardPlace } from './setup-card-board';
import type { CouncilSetupView } from '../use-cases/view-council-setup';

/**
 * Once the council exists, every setup card posted in the team says so (in the
 * council's language), not "being set up". Each card is marked once shown, so
 * a repeated confirm only shows the ones a failure left behind. `pressed` is
 * the card the confirm came from (maybe one posted before cards were kept).
 */
export async function showCouncilOnSetupCards(
  deps: AppDeps,
  view: CouncilSetupView & { state: 'linked' },
  board: SetupCardBoard,
  pressed: { card: SetupCardPlace; justSetUp: boolean } | undefined,
): Promise<void> {
  const { tenantId, teamId } = view.council;
  if (teamId === undefined) return;
  const stored = await deps.councils.getPendingSetup(tenantId, teamId);
  const waiting = stored ? unconfirmedCards(stored.value) : [];
  const targets = [
    ...(pressed ? [{ card: pressed.card, justSetUp: pressed.justSetUp }] : []),
    ...waiting.filter((c) => c.activityId !== pressed?.card.activityId).map((card) => ({ card, justSetUp: true })),
  ];
  const shown = new Set<string>();
  let failure: { error: unknown } | undefined;
  for (const { card, justSetUp } of targets) {
    try {
      await board.show(card, { state: 'linked', view, justSetUp });
      shown.add(card.activityId);
    } catch (error) {
      // Show the others anyway; the failure is reported, and a repeated confirm shows this one.
      failure ??= { error };
    }
  }
  if (waiting.some((c) => shown.has(c.activityId))) {
    await changePendingSetup(deps, { tenantId, teamId, change: (s) => withCardsConfirmed(s, shown) });
  }
  if (failure) throw failure.error;
}
