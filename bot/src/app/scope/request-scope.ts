import { calendarDate } from '../../domain/calendar-date';
import type { Council } from '../../domain/council';
import type { Language } from '../../domain/language';
import { NotFound } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import { requireManager, requireMember } from './authorize';
import type { AppDeps, Principal } from '../deps';
import type { Versioned, VersionedWorkingSet } from '../ports';

/** Who is asking, in which council, as what they are today: every use case starts from this. */
export interface CouncilScope {
  council: Versioned<Council>;
  /** The whole roster, history included (checking the asker costs no extra query). */
  roster: Versioned<Member>[];
  /** The person asking: an active member of the council (and its secretary or chair if asked for). */
  me: Member;
  now: Date;
  /** Today in the council's zone (YYYY-MM-DD). */
  today: string;
}

/** As CouncilScope, on one of the council's meetings. */
export interface MeetingScope extends CouncilScope {
  meeting: Versioned<Meeting>;
}

/** As MeetingScope, with the meeting's working set (its partition, one query). */
export interface WorkScope extends MeetingScope {
  work: VersionedWorkingSet;
}

export interface ScopeRequest {
  principal: Principal | undefined;
  councilId: string;
  /**
   * Set for what only the secretary and the chair may do; names the action
   * that a 403 refuses. Checked before anything of the meeting is used.
   */
  managerAction?: string;
}

export interface MeetingScopeRequest extends ScopeRequest {
  meetingId: string;
  /** Also load the meeting's working set. */
  withWork?: boolean;
}

// Someone not signed in is no member of anything: the roster check refuses them.
const NOBODY: Principal = { tenantId: '', aadObjectId: '' };

/**
 * Loads council, roster and (if asked for) the meeting in one round trip, then
 * checks that the person is an active member (and secretary or chair, when
 * asked) before anything read is used, then the meeting's working set if
 * asked for. Card data and URLs name the council and meeting, so this check is
 * what stops a crafted request reaching another council; a meeting id is only
 * looked up inside the named council, and a refused request learns nothing of
 * it (the council and membership checks come first, whatever was read).
 * Nothing is cached across requests: with two instances, a member removed on
 * one must be refused on the other at once, and this round trip is the check.
 */
export async function loadScope(deps: AppDeps, request: MeetingScopeRequest & { withWork: true }): Promise<WorkScope>;
export async function loadScope(deps: AppDeps, request: MeetingScopeRequest): Promise<MeetingScope>;
export async function loadScope(deps: AppDeps, request: ScopeRequest): Promise<CouncilScope>;
export async function loadScope(
  deps: AppDeps,
  request: ScopeRequest | MeetingScopeRequest,
): Promise<CouncilScope | MeetingScope | WorkScope> {
  const { councilId } = request;
  const meetingId = 'meetingId' in request ? request.meetingId : undefined;
  const [council, roster, meeting] = await Promise.all([
    deps.councils.get(councilId),
    deps.members.listRoster(councilId),
    meetingId === undefined ? undefined : deps.meetings.get(councilId, meetingId),
  ]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  const today = calendarDate(now, council.value.timeZone);
  const me = requireMember(roster, request.principal ?? NOBODY, today);
  if (request.managerAction !== undefined) requireManager(me, request.managerAction);
  const scope: CouncilScope = { council, roster, me, now, today };
  if (meetingId === undefined) return scope;

  if (!meeting) throw new NotFound('meeting');
  if (!('withWork' in request) || request.withWork !== true) return { ...scope, meeting };
  // Only after the checks: a refused person's request never reads the meeting's contents.
  const work = await deps.work.load(councilId, meetingId);
  return { ...scope, meeting, work };
}

/** The language the person is spoken to in, in this council: their own, else the council's. */
export function languageOf(scope: CouncilScope): Language {
  return scope.me.language ?? scope.council.value.language;
}

/** The roster's members without their ETags, as the domain rules take them. */
export function membersOf(scope: CouncilScope): Member[] {
  return scope.roster.map((m) => m.value);
}
