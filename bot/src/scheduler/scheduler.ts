import { errorText, type Logger } from '../config/logger';
import type { PeriodicJob } from './periodic-job';

/** Periodic jobs running in this process. */
export interface Scheduler {
  /** Clears the timers and waits for the runs under way to end; no run starts after it is called. */
  stop(): Promise<void>;
}

/**
 * Starts each job's timer. The next run is timed from the end of the previous
 * one, so a slow run delays the next instead of overlapping it. A run that
 * throws is logged as one line and the job goes on. The timers are unref'd:
 * they never keep the process alive once the server has closed.
 */
export function runScheduledJobs(jobs: readonly PeriodicJob[], log: Logger): Scheduler {
  const loops = jobs.map((job) => runPeriodically(job, log));
  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}

function runPeriodically(job: PeriodicJob, log: Logger): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const runOnce = async (): Promise<void> => {
    try {
      await job.run();
    } catch (error) {
      log.error('scheduled job failed', { job: job.name, error: errorText(error) });
    }
  };
  const schedule = (ms: number): void => {
    timer = setTimeout(() => {
      timer = undefined;
      running = runOnce().finally(() => {
        running = undefined;
        if (!stopped) schedule(job.everyMs);
      });
    }, ms);
    timer.unref();
  };
  schedule(job.firstRunAfterMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
