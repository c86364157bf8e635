import type { FollowUpEntry } from '../../contracts/follow-ups';
import type { FollowUp } from '../../domain/follow-up';
import type { Member } from '../../domain/member';
import type { Versioned } from '../ports';

/** Follow-up rows with the responsible member's name from the roster (history included, so a former member still has one). */
export function followUpEntries(rows: readonly Versioned<FollowUp>[], roster: readonly Member[]): FollowUpEntry[] {
  const names = new Map(roster.map((m) => [m.aadObjectId, m.name]));
  return rows.map((r) => ({ followUp: r.value, etag: r.etag, responsibleName: names.get(r.value.responsibleId) ?? '' }));
}
