import { IANAZone } from 'luxon';
import { DEFAULT_INPUT_VISIBILITY, type Council, type CouncilKind } from './council';
import type { Language } from './language';
import type { Member } from './member';
import { DEFAULT_QUORUM_RULE } from './quorum';
import type { PostedSetupCard, SetupCardClaim } from './setup-cards';

/** Councils in Norway keep Oslo time unless they say otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

/** Zones offered on the setup card; any other valid IANA zone is accepted too. */
export const COMMON_TIME_ZONES = [
  'Europe/Oslo',
  'Arctic/Longyearbyen',
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/London',
  'Atlantic/Reykjavik',
  'UTC',
] as const;

/** Whether a string names a real IANA time zone ("Europe/Oslo"), not an offset or a made-up name. */
export function isTimeZone(zone: string): boolean {
  return zone.length <= 64 && IANAZone.isValidZone(zone);
}

/** What the person setting up a council chooses on the setup card. */
export interface CouncilSetupChoices {
  councilName: string;
  language: Language;
  timeZone: string;
  kind: CouncilKind;
  /** For a local council: the regional council it reports to (may be left out while none exists). */
  parentCouncilId?: string;
}

/** The person who added Utvalg to a team, as Teams named them. */
export interface Installer {
  aadObjectId: string;
  /** Teams user id ("29:…"), which a card's `refresh.userIds` needs. */
  teamsUserId: string;
  name: string;
}

/**
 * A team whose council is being set up: who may confirm it, where the
 * council's channel is, and the setup cards posted in the team. Someone else
 * asking again (re-adding the bot, "oppsett") takes over; the cards stay.
 */
export interface PendingSetup {
  tenantId: string;
  teamId: string;
  teamName?: string;
  /** The channel the bot was added in (General), where reminders will go. */
  channelId?: string;
  installer: Installer;
  /** The installer's language, for the card everyone else sees. */
  language: Language;
  startedAt: string;
  /** The setup cards in the team (one, unless a claim expired): shown in their new state in place. */
  cards: PostedSetupCard[];
  /** A card being posted right now; nobody else posts one meanwhile. */
  posting?: SetupCardClaim;
}

/** The council a confirmed setup creates, linked to its team and channel. */
export function councilFromSetup(id: string, setup: PendingSetup, choices: CouncilSetupChoices): Council {
  const council: Council = {
    id,
    tenantId: setup.tenantId,
    name: choices.councilName,
    kind: choices.kind,
    language: choices.language,
    timeZone: choices.timeZone,
    quorumRule: DEFAULT_QUORUM_RULE,
    inputVisibility: DEFAULT_INPUT_VISIBILITY,
    teamId: setup.teamId,
  };
  if (choices.kind === 'local' && choices.parentCouncilId !== undefined) council.parentCouncilId = choices.parentCouncilId;
  if (setup.channelId !== undefined) council.channelId = setup.channelId;
  return council;
}

/** The person who confirms the setup becomes its secretary: compiles, publishes, writes minutes; not voting by default. */
export function secretaryFromSetup(council: Council, person: { aadObjectId: string; name: string }, today: string): Member {
  return {
    councilId: council.id,
    aadObjectId: person.aadObjectId,
    tenantId: council.tenantId,
    name: person.name,
    role: 'secretary',
    votingMember: false,
    inDeputyPool: false,
    editorialBoard: false,
    activeFrom: today,
  };
}
