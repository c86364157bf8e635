import type { PendingSetup } from './council-setup';

/**
 * The one setup card per team: the bot posts it when set-up starts and shows
 * every later state (who sets up, then the council) on it, in place, rather
 * than posting another card that the first would contradict.
 */

/** A setup card the bot posted, and whether it already shows the council as set up. */
export interface PostedSetupCard {
  conversationId: string;
  activityId: string;
  postedAt: string;
  confirmed?: boolean;
}

/** Taken before posting a card, so two "oppsett" at once post one card. */
export interface SetupCardClaim {
  claimId: string;
  at: string;
}

/** A claim older than this was left by a poster that died: someone else may post. Well over Teams' 15 s. */
export const SETUP_CARD_CLAIM_MS = 60_000;
/** More than a few cards means claims kept expiring; the oldest are forgotten. */
export const MAX_SETUP_CARDS = 10;

/** What to do when someone asks for set-up (adds the bot, writes "oppsett") in a team without a council. */
export type SetupAsk =
  /** No card yet: this request claimed posting one, with `setup`. */
  | { kind: 'post'; setup: PendingSetup }
  /**
   * A card is there (or being posted): post none. `tookOver` when the asker is
   * not the one who was setting up: they are now, and the card must say so.
   */
  | { kind: 'underWay'; setup: PendingSetup; tookOver: boolean };

/**
 * Decides an ask. `asked` is the setup as this request would start it; the
 * cards of `existing` are kept whatever happens.
 */
export function askForSetup(existing: PendingSetup | undefined, asked: PendingSetup, claimId: string, now: Date): SetupAsk {
  const cards = existing?.cards ?? [];
  if (!existing || (cards.length === 0 && !isLiveClaim(existing.posting, now))) {
    return { kind: 'post', setup: { ...asked, cards, posting: { claimId, at: now.toISOString() } } };
  }
  if (existing.installer.aadObjectId === asked.installer.aadObjectId)
    return { kind: 'underWay', setup: existing, tookOver: false };
  const setup: PendingSetup = { ...asked, cards };
  if (existing.posting) setup.posting = existing.posting;
  return { kind: 'underWay', setup, tookOver: true };
}

export function isLiveClaim(claim: SetupCardClaim | undefined, now: Date): boolean {
  return claim !== undefined && now.getTime() - Date.parse(claim.at) < SETUP_CARD_CLAIM_MS;
}

/** The card `claimId` posted, recorded; the claim is finished (if it is still this one's). */
export function withCardPosted(setup: PendingSetup, card: PostedSetupCard, claimId: string): PendingSetup {
  const next = withoutClaim(setup, claimId);
  return { ...next, cards: [...next.cards, card].slice(-MAX_SETUP_CARDS) };
}

/** The claim given back (posting failed), if it is still `claimId`'s. */
export function withoutClaim(setup: PendingSetup, claimId: string): PendingSetup {
  if (setup.posting?.claimId !== claimId) return setup;
  const { posting: _given, ...rest } = setup;
  return rest;
}

/** Cards that still show the set-up as under way. */
export function unconfirmedCards(setup: PendingSetup): PostedSetupCard[] {
  return setup.cards.filter((c) => c.confirmed !== true);
}

export function withCardsConfirmed(setup: PendingSetup, activityIds: ReadonlySet<string>): PendingSetup {
  return { ...setup, cards: setup.cards.map((c) => (activityIds.has(c.activityId) ? { ...c, confirmed: true } : c)) };
}
