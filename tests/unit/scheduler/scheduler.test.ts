import { consoleLogger } from '../../../bot/src/config/logger';
import type { PeriodicJob } from '../../../bot/src/scheduler/periodic-job';
import { runScheduledJobs, type Scheduler } from '../../../bot/src/scheduler/scheduler';

/**
 * The scheduler on Jest's fake timers: a job runs once shortly after start and
 * then every interval, never twice at once, a failing run is logged as one JSON
 * line and the job goes on, and stop() waits for the run under way and starts
 * no other. Time moves only when the test moves it.
 */
const FIRST = 1_000;
const EVERY = 60_000;

/** A promise the test settles. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A job that counts its runs and how many were under way at once; each run does what `body` says. */
function countingJob(name: string, body: (run: number) => Promise<void> = () => Promise.resolve()) {
  const counts = { started: 0, finished: 0, mostAtOnce: 0 };
  const job: PeriodicJob = {
    name,
    firstRunAfterMs: FIRST,
    everyMs: EVERY,
    run: async () => {
      counts.started += 1;
      counts.mostAtOnce = Math.max(counts.mostAtOnce, counts.started - counts.finished);
      try {
        await body(counts.started);
      } finally {
        counts.finished += 1;
      }
    },
  };
  return { job, counts };
}

/** The JSON lines the app's logger wrote to stderr. */
function errorLines(spy: jest.SpyInstance): Record<string, unknown>[] {
  return spy.mock.calls.map(([line]: [string]) => JSON.parse(line) as Record<string, unknown>);
}

describe('the scheduler', () => {
  let scheduler: Scheduler | undefined;
  let stderr: jest.SpyInstance;
  const log = consoleLogger({ service: 'scheduler-test' });

  beforeEach(() => {
    jest.useFakeTimers();
    stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    const stopping = scheduler?.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopping;
    scheduler = undefined;
    stderr.mockRestore();
    jest.useRealTimers();
  });

  it('runs a job once shortly after start, then once every interval', async () => {
    const { job, counts } = countingJob('sweep');
    scheduler = runScheduledJobs([job], log);
    await jest.advanceTimersByTimeAsync(FIRST - 1);
    expect(counts.started).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(counts.started).toBe(1);
    await jest.advanceTimersByTimeAsync(EVERY - 1);
    expect(counts.started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(counts.started).toBe(2);
    await jest.advanceTimersByTimeAsync(3 * EVERY);
    expect(counts.started).toBe(5);
  });

  it('never starts a run while the last one is still going, and times the next from its end; other jobs go on meanwhile', async () => {
    const slowRun = deferred();
    const slow = countingJob('slow', (run) => (run === 1 ? slowRun.promise : Promise.resolve()));
    const quick = countingJob('quick');
    scheduler = runScheduledJobs([slow.job, quick.job], log);

    await jest.advanceTimersByTimeAsync(FIRST + 5 * EVERY);
    expect(slow.counts).toEqual({ started: 1, finished: 0, mostAtOnce: 1 });
    expect(quick.counts.started).toBe(6);

    slowRun.resolve();
    await jest.advanceTimersByTimeAsync(EVERY - 1);
    expect(slow.counts.started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(slow.counts).toEqual({ started: 2, finished: 2, mostAtOnce: 1 });
  });

  it('logs a run that throws as one JSON line, and runs the job again at the next interval', async () => {
    const { job, counts } = countingJob('sweep', (run) =>
      run === 1 ? Promise.reject(new Error('storage is not answering')) : Promise.resolve(),
    );
    scheduler = runScheduledJobs([job], log);
    await jest.advanceTimersByTimeAsync(FIRST);
    expect(stderr).toHaveBeenCalledTimes(1);
    const [line] = errorLines(stderr);
    expect(line).toMatchObject({ level: 'error', message: 'scheduled job failed', service: 'scheduler-test', job: 'sweep' });
    expect(line!['error']).toContain('storage is not answering');

    await jest.advanceTimersByTimeAsync(EVERY);
    expect(counts).toEqual({ started: 2, finished: 2, mostAtOnce: 1 });
    expect(stderr).toHaveBeenCalledTimes(1);
  });

  it('stop() waits for the run under way and starts no run after it', async () => {
    const run = deferred();
    const { job, counts } = countingJob('sweep', () => run.promise);
    scheduler = runScheduledJobs([job], log);
    await jest.advanceTimersByTimeAsync(FIRST);
    expect(counts.started).toBe(1);

    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(EVERY);
    expect(stopped).toBe(false);
    run.resolve();
    await stopping;
    expect(counts.finished).toBe(1);

    await jest.advanceTimersByTimeAsync(10 * EVERY);
    expect(counts.started).toBe(1);
  });

  it('stop() before the first run clears its timer: the job never runs', async () => {
    const { job, counts } = countingJob('sweep');
    scheduler = runScheduledJobs([job], log);
    await scheduler.stop();
    await jest.advanceTimersByTimeAsync(FIRST + 10 * EVERY);
    expect(counts.started).toBe(0);
  });
});

describe('the scheduler’s timers', () => {
  it('do not keep the process alive (they are unref’d)', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    const scheduler = runScheduledJobs([countingJob('sweep').job], consoleLogger());
    try {
      expect(timeouts()).toBe(before);
    } finally {
      await scheduler.stop();
    }
  });
});
