import { calendarDate } from '../domain/calendar-date';
import type { Council } from '../domain/council';
import { ConcurrentEdit, NotFound } from '../domain/errors';
import type { Member } from '../domain/member';
import { requireManager, requireMember } from './authorize';
import type { AppDeps, Principal } from './deps';
import type { Versioned } from './ports';

/** A council, its roster and the person acting, as the secretary's screens need them. */
export interface CouncilContext {
  council: Versioned<Council>;
  roster: Versioned<Member>[];
  /** The person acting: an active member of the council. */
  me: Member;
  now: Date;
  /** Today in the council's zone (YYYY-MM-DD). */
  today: string;
}

/** Loads council and roster (two reads) and checks the person is an active member. */
export async function loadCouncilContext(deps: AppDeps, principal: Principal, councilId: string): Promise<CouncilContext> {
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  const today = calendarDate(now, council.value.timeZone);
  return { council, roster, me: requireMember(roster, principal, today), now, today };
}

/** As loadCouncilContext, for changes: only the secretary and the chair (403 for anyone else). */
export async function loadManagerContext(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  action: string,
): Promise<CouncilContext> {
  const ctx = await loadCouncilContext(deps, principal, councilId);
  requireManager(ctx.me, action);
  return ctx;
}

/**
 * The client edits what it read: a stale ETag is refused before anything is
 * checked or written, so the person is told "changed by someone else" rather
 * than judged on data they never saw. The write itself is conditional too.
 */
export function requireSameVersion(stored: Versioned<unknown>, etag: string, what: string): void {
  if (stored.etag !== etag) throw new ConcurrentEdit(what);
}
