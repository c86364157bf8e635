import { createHash } from 'node:crypto';
import { calendarDate } from '../../domain/calendar-date';
import type { Council } from '../../domain/council';
import { councilFromSetup, secretaryFromSetup, type CouncilSetupChoices } from '../../domain/council-setup';
import { ConcurrentEdit, Forbidden, InvalidValue, NotFound } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { normaliseName } from '../../domain/roster-sync';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { rememberMemberAddresses, type TeamRosterEntry } from './remember-member-addresses';
import type { SetupCardBoard, SetupCardPlace } from '../support/setup-card-board';
import { showCouncilOnSetupCards } from '../support/show-council-on-setup-cards';
import { applyTeamChange } from './sync-team-roster';
import { describeLinked, isInstaller, type CouncilSetupView } from './view-council-setup';

export interface SetUpCouncilRequest {
  principal: Principal | undefined;
  tenantId: string;
  teamId: string;
  /** Parsed from the card (types and lengths); the rules that need storage are checked here. */
  choices: CouncilSetupChoices;
  /** The team's members with their addresses (paged roster API); called only once the person may set up. */
  readTeamRoster: () => Promise<TeamRosterEntry[]>;
  /** The team's setup cards, shown as set up once the council exists. */
  board: SetupCardBoard;
  /** The card the confirm was pressed on. */
  pressedCard?: SetupCardPlace;
}

export interface CouncilSetupDone {
  view: CouncilSetupView & { state: 'linked' };
  /** True when the team was already set up before this request (a second press, a second installer). */
  alreadyDone: boolean;
}

/**
 * Confirms a team's council setup: creates the council, makes the person who
 * confirms its secretary, imports the team's members (and keeps each one's
 * address, so the bot can message them 1:1) and links the team.
 *
 * Safe to repeat and to race: the council id is derived from tenant and team,
 * so there is only ever one council per team; members are create-if-absent;
 * the team link (which is what "set up" means to everyone else) is written
 * last. A retry after a failure part-way completes the import. Then every
 * setup card in the team shows the council (a failure there is completed by
 * pressing again too).
 */
export async function setUpCouncil(deps: AppDeps, request: SetUpCouncilRequest): Promise<CouncilSetupDone> {
  const { tenantId, teamId, choices } = request;
  const linked = await deps.councils.findByTeam(tenantId, teamId);
  if (linked) return showOnCards(deps, request, { view: await describeLinked(deps, linked.value), alreadyDone: true });

  const setup = (await deps.councils.getPendingSetup(tenantId, teamId))?.value;
  if (!setup) throw new NotFound('council setup');
  if (!isInstaller(setup, request.principal)) throw new Forbidden('set up the council');
  await checkParent(deps, tenantId, choices);

  // Read the team before writing anything: if Teams fails us, nothing is half-done.
  const roster = await request.readTeamRoster();
  const team = roster.map((r) => r.member);
  const council = await createOnce(deps, councilFromSetup(councilIdForTeam(tenantId, teamId), setup, choices));
  const me = team.find((m) => m.aadObjectId === setup.installer.aadObjectId);
  const today = calendarDate(deps.clock(), council.timeZone);
  await makeSecretary(
    deps,
    secretaryFromSetup(
      council,
      { aadObjectId: setup.installer.aadObjectId, name: normaliseName(me?.name, setup.installer.name) },
      today,
    ),
  );
  await applyTeamChange(deps, council, { joined: team, left: [] });
  await rememberMemberAddresses(deps, { tenantId, members: roster });
  await deps.councils.linkTeam(council);
  return showOnCards(deps, request, { view: await describeLinked(deps, council), alreadyDone: false });
}

/** Every setup card in the team shows the council; the pressed one says "already" to a repeated press. */
async function showOnCards(deps: AppDeps, request: SetUpCouncilRequest, done: CouncilSetupDone): Promise<CouncilSetupDone> {
  const pressed = request.pressedCard ? { card: request.pressedCard, justSetUp: !done.alreadyDone } : undefined;
  await showCouncilOnSetupCards(deps, done.view, request.board, pressed);
  return done;
}

/** One council per team, whoever asks and however often: the id is a digest of tenant and team. */
export function councilIdForTeam(tenantId: string, teamId: string): string {
  return `team-${createHash('sha256').update(`${tenantId}\n${teamId}`).digest('hex').slice(0, 40)}`;
}

/** A local council names its regional council, when the tenant has one to name. */
async function checkParent(deps: AppDeps, tenantId: string, choices: CouncilSetupChoices): Promise<void> {
  if (choices.kind !== 'local') return;
  if (choices.parentCouncilId === undefined) {
    const regional = await deps.councils.listRegional(tenantId);
    if (regional.length > 0) throw new InvalidValue('parentCouncilId', { problem: 'required' });
    return;
  }
  const parent = await deps.councils.get(choices.parentCouncilId);
  if (!parent || parent.value.tenantId !== tenantId || parent.value.kind !== 'regional') {
    throw new InvalidValue('parentCouncilId', { problem: 'notRegionalCouncil' }, 'not a regional council of this tenant');
  }
}

/** Creates the council unless an earlier (or simultaneous) press did; the first one's choices stand. */
async function createOnce(deps: AppDeps, council: Council): Promise<Council> {
  const existing = await deps.councils.get(council.id);
  if (existing) return existing.value;
  try {
    return (await deps.councils.create(council)).value;
  } catch (error) {
    if (!(error instanceof ConcurrentEdit)) throw error;
    const winner = await deps.councils.get(council.id);
    if (!winner) throw error;
    return winner.value;
  }
}

/** The confirming person as secretary: created if new; an existing row (an earlier attempt, or a former member) gets the role. */
async function makeSecretary(deps: AppDeps, secretary: Member): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing: Versioned<Member> | undefined = await deps.members.get(secretary.councilId, secretary.aadObjectId);
    try {
      if (!existing) {
        await deps.members.create(secretary);
        return;
      }
      if (existing.value.role === 'secretary' && existing.value.activeTo === undefined) return;
      const { activeTo: _ended, ...rest } = existing.value;
      await deps.members.update({ ...rest, role: 'secretary', votingMember: false }, existing.etag);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentEdit)) throw error;
    }
  }
  throw new ConcurrentEdit('secretary');
}
