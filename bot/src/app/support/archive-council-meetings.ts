import type { Council } from '../../domain/council';
import { ConcurrentEdit } from '../../domain/errors';
import { DEFAULT_ARCHIVE_AFTER_MONTHS, isDueForArchive } from '../../domain/minutes-approval';
import { MINUTES_ROW_ID } from '../../domain/minutes';
import type { AppDeps } from '../deps';

/** What one pass over a council's meetings did. */
export interface CouncilArchiveOutcome {
  /** Meetings moved to `archived` now. */
  archived: string[];
  /** Due meetings someone changed since they were read (ConcurrentEdit): left as they are for the next pass. */
  skipped: string[];
  /** Set when the pass stopped early (storage, a bad row): the meetings archived before it are still listed. */
  failure?: Error;
}

/**
 * Moves the council's approved meetings whose approval is older than the
 * council's period (default 12 months) at `now` to `archived`. The write is
 * conditional on the meeting as read, so a meeting edited meanwhile (or
 * archived by another server at the same moment) is skipped, not overwritten.
 * Never throws: a failure ends the pass and is handed back with what it did.
 */
export async function archiveDueInCouncil(deps: AppDeps, council: Council, now: Date): Promise<CouncilArchiveOutcome> {
  const months = council.minutesArchiveMonths ?? DEFAULT_ARCHIVE_AFTER_MONTHS;
  const outcome: CouncilArchiveOutcome = { archived: [], skipped: [] };
  try {
    const approved = (await deps.meetings.list(council.id)).filter((m) => m.value.status === 'minutesApproved');
    for (const meeting of approved) {
      const minutes = await deps.work.get(council.id, meeting.value.id, 'minutes', MINUTES_ROW_ID);
      if (!isDueForArchive(meeting.value, minutes?.value, now, months)) continue;
      try {
        await deps.meetings.update({ ...meeting.value, status: 'archived' }, meeting.etag);
        outcome.archived.push(meeting.value.id);
      } catch (error) {
        if (!(error instanceof ConcurrentEdit)) throw error;
        outcome.skipped.push(meeting.value.id);
      }
    }
  } catch (error) {
    outcome.failure = error instanceof Error ? error : new Error(String(error));
  }
  return outcome;
}
