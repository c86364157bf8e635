/** Work the server does on its own, again and again: once shortly after start, then every `everyMs`. */
export interface PeriodicJob {
  /** Names the job in the log. */
  name: string;
  /** From the scheduler's start to the first run. */
  firstRunAfterMs: number;
  /** From the end of one run to the start of the next (so two runs never overlap). */
  everyMs: number;
  /** A rejection is logged; the next run still comes. */
  run(): Promise<void>;
}
