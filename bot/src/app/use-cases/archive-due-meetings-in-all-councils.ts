import type { AppDeps } from '../deps';
import { archiveDueInCouncil } from '../support/archive-council-meetings';

/** One meeting of one council. */
export interface CouncilMeeting {
  councilId: string;
  meetingId: string;
}

/** What a sweep did, for the log. */
export interface ArchiveSweepReport {
  /** Councils looked at. */
  councils: number;
  archived: CouncilMeeting[];
  /** Due, but changed by someone since they were read: the next sweep tries again. */
  skipped: CouncilMeeting[];
  /** Councils whose pass stopped on an error (what it archived before is in `archived`); the next sweep tries again. */
  failed: { councilId: string; error: Error }[];
}

/**
 * The server acting on its own (no principal): archives the due approved
 * meetings of every council in storage, each by its own period, at the
 * clock's time. A meeting edited meanwhile or a council that fails is skipped
 * and reported; the other councils are still swept. Only listing the councils
 * failing fails the sweep. Running it again archives nothing more.
 */
export async function archiveDueMeetingsInAllCouncils(deps: AppDeps): Promise<ArchiveSweepReport> {
  const councils = await deps.councils.listAll();
  const now = deps.clock();
  const report: ArchiveSweepReport = { councils: councils.length, archived: [], skipped: [], failed: [] };
  for (const council of councils) {
    const outcome = await archiveDueInCouncil(deps, council, now);
    const ofCouncil = (meetingId: string): CouncilMeeting => ({ councilId: council.id, meetingId });
    report.archived.push(...outcome.archived.map(ofCouncil));
    report.skipped.push(...outcome.skipped.map(ofCouncil));
    if (outcome.failure !== undefined) report.failed.push({ councilId: council.id, error: outcome.failure });
  }
  return report;
}
