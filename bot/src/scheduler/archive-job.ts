import type { AppDeps } from '../app/deps';
import { archiveDueMeetingsInAllCouncils } from '../app/use-cases/archive-due-meetings-in-all-councils';
import { errorText, type Logger } from '../config/logger';
import type { PeriodicJob } from './periodic-job';

/** Archiving is counted in months: an hourly sweep is plenty, and the first comes a few seconds after start. */
export const ARCHIVE_SWEEP_EVERY_MS = 60 * 60 * 1000;
export const ARCHIVE_SWEEP_FIRST_AFTER_MS = 2_000;

/** The sweep that moves due approved meetings of every council to the archive, and logs what it did. */
export function archiveJob(deps: AppDeps, log: Logger): PeriodicJob {
  return {
    name: 'archive due meetings',
    firstRunAfterMs: ARCHIVE_SWEEP_FIRST_AFTER_MS,
    everyMs: ARCHIVE_SWEEP_EVERY_MS,
    run: async () => {
      const report = await archiveDueMeetingsInAllCouncils(deps);
      for (const meeting of report.skipped) {
        log.warn('archive sweep: meeting changed meanwhile, left for the next sweep', { ...meeting });
      }
      for (const { councilId, error } of report.failed) {
        log.error('archive sweep: council failed, left for the next sweep', { councilId, error: errorText(error) });
      }
      if (report.archived.length > 0) {
        log.info('archive sweep: meetings archived', { councils: report.councils, archived: report.archived });
      }
    },
  };
}
