import type { Council } from '../../domain/council';
import type { Installer, PendingSetup } from '../../domain/council-setup';
import { ConcurrentEdit } from '../../domain/errors';
import type { Language } from '../../domain/language';
import { LIMITS } from '../../domain/limits';
import { cleanText, normaliseName } from '../../domain/roster-sync';
import { askForSetup, withCardPosted, withoutClaim } from '../../domain/setup-cards';
import { changePendingSetup } from './change-pending-setup';
import type { AppDeps } from '../deps';
import type { SetupCardBoard } from '../support/setup-card-board';

export interface CouncilSetupRequest {
  tenantId: string;
  teamId: string;
  teamName?: string;
  channelId?: string;
  installer: Installer;
  language: Language;
  /** Unique to this request (the activity id): whose claim to post the card is whose. */
  claimId: string;
}

export type CouncilSetupStart =
  | { state: 'linked'; council: Council }
  /** The setup card was posted for this request. */
  | { state: 'posted'; setup: PendingSetup }
  /** A setup card is already there; none was posted. `tookOver`: the asker now sets up, and the card says so. */
  | { state: 'underWay'; setup: PendingSetup; tookOver: boolean };

const ATTEMPTS = 4;

export interface StartCouncilSetupInput {
  request: CouncilSetupRequest;
  board: SetupCardBoard;
}

/**
 * Someone added Utvalg to a team or asked for setup there. A team that already
 * has a council keeps it. Otherwise there is one setup card per team: the
 * first request posts it; later ones post none, and someone new asking takes
 * over the setup (the card, in place, names them).
 *
 * Commit points: the pending setup (with a claim to post) is written first,
 * ETag-checked, so of two requests at once one posts; the card is posted;
 * then it is recorded. A claim whose poster died expires (SETUP_CARD_CLAIM_MS).
 */
export async function startCouncilSetup(deps: AppDeps, input: StartCouncilSetupInput): Promise<CouncilSetupStart> {
  const { request, board } = input;
  for (let attempt = 1; ; attempt++) {
    const linked = await deps.councils.findByTeam(request.tenantId, request.teamId);
    if (linked) return { state: 'linked', council: linked.value };
    const stored = await deps.councils.getPendingSetup(request.tenantId, request.teamId);
    const now = deps.clock();
    const ask = askForSetup(stored?.value, askedSetup(request, now), request.claimId, now);
    if (stored && ask.kind === 'underWay' && !ask.tookOver) return { state: 'underWay', setup: stored.value, tookOver: false };
    let setup: PendingSetup;
    try {
      setup = stored
        ? (await deps.councils.updatePendingSetup(ask.setup, stored.etag)).value
        : (await deps.councils.createPendingSetup(ask.setup)).value;
    } catch (error) {
      // Someone asked at the same moment: decide again from what they wrote.
      if (error instanceof ConcurrentEdit && attempt < ATTEMPTS) continue;
      throw error;
    }
    if (ask.kind === 'post') return { state: 'posted', setup: await postCard(deps, board, setup, request.claimId) };
    for (const card of setup.cards) await board.show(card, { state: 'inProgress', setup });
    return { state: 'underWay', setup, tookOver: true };
  }
}

/** The setup as this request starts it (no cards yet). */
function askedSetup(request: CouncilSetupRequest, now: Date): PendingSetup {
  const setup: PendingSetup = {
    tenantId: request.tenantId,
    teamId: request.teamId,
    installer: { ...request.installer, name: normaliseName(request.installer.name, '?') },
    language: request.language,
    startedAt: now.toISOString(),
    cards: [],
  };
  const teamName = cleanText(request.teamName, LIMITS.councilName);
  if (teamName !== '') setup.teamName = teamName;
  if (request.channelId !== undefined) setup.channelId = request.channelId;
  return setup;
}

/** Posts the card this request claimed, and records where it is. */
async function postCard(deps: AppDeps, board: SetupCardBoard, setup: PendingSetup, claimId: string): Promise<PendingSetup> {
  const { tenantId, teamId } = setup;
  let place;
  try {
    place = await board.post({ state: 'inProgress', setup });
  } catch (error) {
    // Give the claim back, so asking again posts a card at once rather than after the claim expires.
    try {
      await changePendingSetup(deps, { tenantId, teamId, change: (s) => withoutClaim(s, claimId) });
    } catch (releaseError) {
      throw new AggregateError([error, releaseError], 'posting the setup card failed, and so did giving back its claim');
    }
    throw error;
  }
  if (!place) return (await changePendingSetup(deps, { tenantId, teamId, change: (s) => withoutClaim(s, claimId) })) ?? setup;
  const card = { ...place, postedAt: deps.clock().toISOString() };
  const recorded = await changePendingSetup(deps, { tenantId, teamId, change: (s) => withCardPosted(s, card, claimId) });
  if (!recorded) return setup;
  // Someone took over while the card was on its way: it must name them.
  if (recorded.installer.aadObjectId !== setup.installer.aadObjectId) {
    await board.show(card, { state: 'inProgress', setup: recorded });
  }
  return recorded;
}
