import { calendarDate } from '../../domain/calendar-date';
import type { Council } from '../../domain/council';
import { ConcurrentEdit } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { isEmptyPlan, planRosterSync, type RosterPlan, type TeamChange } from '../../domain/roster-sync';
import type { AppDeps } from '../deps';
import { MAX_MEMBERS_AT_ONCE, type Versioned } from '../ports';
import { runLimited } from '../support/run-limited';

/** How many rows this sync wrote (rows someone else wrote first are not counted). */
export interface RosterSyncResult {
  added: number;
  reactivated: number;
  ended: number;
}

/** Parallel writes at a time: enough for a 250-person team in well under a second, gentle on the Table service. */
const WRITE_CONCURRENCY = 24;
/** A write that lost a race is planned again from a fresh read; after this many rounds we give up. */
const ATTEMPTS = 4;

export interface SyncTeamRosterInput {
  tenantId: string;
  teamId: string;
  change: TeamChange;
}

/** Follows a team's joins and leaves in the roster of the council linked to it; a team with no council is left alone. */
export async function syncTeamRoster(deps: AppDeps, input: SyncTeamRosterInput): Promise<RosterSyncResult | undefined> {
  const { tenantId, teamId, change } = input;
  if (change.joined.length === 0 && change.left.length === 0) return undefined;
  const council = await deps.councils.findByTeam(tenantId, teamId);
  if (!council) return undefined;
  return applyTeamChange(deps, council.value, change);
}

/**
 * Applies a team change to a council's roster. Each round reads the roster
 * (one partition query), plans, and writes: creates are create-if-absent,
 * updates carry the ETag read. Whatever lost a race is planned again from the
 * next read, so a retry (or a second setup press) completes rather than duplicates.
 */
export async function applyTeamChange(deps: AppDeps, council: Council, change: TeamChange): Promise<RosterSyncResult> {
  const today = calendarDate(deps.clock(), council.timeZone);
  const result: RosterSyncResult = { added: 0, reactivated: 0, ended: 0 };
  for (let attempt = 1; ; attempt++) {
    const roster = await deps.members.listRoster(council.id);
    const plan = planRosterSync(
      roster.map((m) => m.value),
      change,
      { councilId: council.id, tenantId: council.tenantId, today },
    );
    if (isEmptyPlan(plan)) return result;
    const lost = await writePlan(deps, plan, roster, result);
    if (lost === 0) return result;
    if (attempt >= ATTEMPTS) throw new ConcurrentEdit(`roster of ${council.id}`);
  }
}

/** Writes a plan; returns how many writes lost a race (someone else wrote the row first). */
async function writePlan(
  deps: AppDeps,
  plan: RosterPlan,
  roster: readonly Versioned<Member>[],
  result: RosterSyncResult,
): Promise<number> {
  const etags = new Map(roster.map((m) => [m.value.aadObjectId, m.etag]));
  const etagOf = (id: string): string => {
    const etag = etags.get(id);
    if (etag === undefined) throw new Error(`No ETag read for member ${id}`);
    return etag;
  };
  const jobs: (() => Promise<void>)[] = [
    // New members a transaction at a time (a team of 250 is three writes, not 250); a transaction that lost a
    // race writes none of its members, and they are planned again from the next read.
    ...chunks(plan.add, MAX_MEMBERS_AT_ONCE).map((members) => async () => {
      await deps.members.createAll(members);
      result.added += members.length;
    }),
    ...plan.reactivate.map((member) => async () => {
      await deps.members.update(member, etagOf(member.aadObjectId));
      result.reactivated++;
    }),
    ...plan.end.map((member) => async () => {
      await deps.members.update(member, etagOf(member.aadObjectId));
      result.ended++;
    }),
  ];
  let lost = 0;
  await runLimited(jobs, WRITE_CONCURRENCY, (error) => {
    if (!(error instanceof ConcurrentEdit)) throw error;
    lost++;
  });
  return lost;
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}
