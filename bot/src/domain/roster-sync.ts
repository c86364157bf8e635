import { DateTime } from 'luxon';
import { LIMITS } from './limits';
import type { Member } from './member';

/** One person in a team, as Teams' roster lists them. Guests are members too. */
export interface TeamMember {
  aadObjectId: string;
  name: string;
  /** Teams' role in the team: 'user', 'guest', … (informational). */
  userRole?: string;
}

/** What happened in the team: who is (or came) in, and whose Entra ids left. */
export interface TeamChange {
  joined: readonly TeamMember[];
  left: readonly string[];
}

/** Rows to write so the council's roster follows the team. Nobody is ever deleted. */
export interface RosterPlan {
  /** New members (role 'member', voting) starting today. */
  add: Member[];
  /** Former members back in the team: the stored row with `activeTo` cleared. */
  reactivate: Member[];
  /** Members who left: the stored row with `activeTo` set, so old minutes keep them. */
  end: Member[];
}

export interface RosterContext {
  councilId: string;
  tenantId: string;
  /** Today in the council's zone (YYYY-MM-DD). */
  today: string;
}

/** Same rule as the id schema: the Entra id becomes a table key. Anything else (bots without one, garbage) is skipped. */
const STORABLE_ID = /^[A-Za-z0-9._:@-]{1,64}$/;

/**
 * Text fit to store: control characters and runs of white space become one
 * space, trimmed, capped at `max` UTF-16 units (as the schemas count) without
 * splitting a surrogate pair.
 */
export function cleanText(text: string | undefined, max: number): string {
  const clean = (text ?? '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean.charAt(max - 1)) ? max - 1 : max;
  return clean.slice(0, cut).trim();
}

/** A display name fit to store; never empty. */
export function normaliseName(name: string | undefined, fallback: string): string {
  return cleanText(name, LIMITS.name) || cleanText(fallback, LIMITS.name) || '?';
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const previous = DateTime.fromISO(date, { zone: 'UTC' }).minus({ days: 1 }).toISODate();
  if (previous === null) throw new RangeError(`Invalid date ${date}`);
  return previous;
}

/**
 * Plans the roster changes for a team change. Joiners not on the roster are
 * added; former members who come back are reactivated; leavers get
 * `activeTo` = yesterday, so they lose access at once but stay in every past
 * meeting. Someone listed as both joined and left counts as left.
 */
export function planRosterSync(roster: readonly Member[], change: TeamChange, at: RosterContext): RosterPlan {
  const byId = new Map(roster.map((m) => [m.aadObjectId, m]));
  const left = new Set(change.left);
  const yesterday = dayBefore(at.today);
  const plan: RosterPlan = { add: [], reactivate: [], end: [] };
  const seen = new Set<string>();

  for (const person of change.joined) {
    if (!STORABLE_ID.test(person.aadObjectId) || seen.has(person.aadObjectId) || left.has(person.aadObjectId)) continue;
    seen.add(person.aadObjectId);
    const current = byId.get(person.aadObjectId);
    if (current === undefined) {
      plan.add.push(newMember(person, at));
    } else if (current.activeTo !== undefined && current.activeTo < at.today) {
      plan.reactivate.push(reactivated(current));
    }
    // Active members (including those with a planned end date) are left as the secretary set them.
  }

  for (const id of left) {
    const current = byId.get(id);
    if (current === undefined) continue;
    if (current.activeTo !== undefined && current.activeTo <= yesterday) continue; // already gone
    plan.end.push({ ...current, activeTo: yesterday });
  }
  return plan;
}

export function isEmptyPlan(plan: RosterPlan): boolean {
  return plan.add.length === 0 && plan.reactivate.length === 0 && plan.end.length === 0;
}

function newMember(person: TeamMember, at: RosterContext): Member {
  return {
    councilId: at.councilId,
    aadObjectId: person.aadObjectId,
    tenantId: at.tenantId,
    name: normaliseName(person.name, person.aadObjectId),
    role: 'member',
    votingMember: true,
    inDeputyPool: false,
    editorialBoard: false,
    activeFrom: at.today,
  };
}

/**
 * A member has one term (activeFrom–activeTo). Keeping activeFrom keeps them in
 * the minutes of their first term; the price is that meetings held while they
 * were away count them as expected. A second term would need a list of terms.
 */
function reactivated(member: Member): Member {
  const { activeTo: _ended, ...rest } = member;
  return rest;
}
