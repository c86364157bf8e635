import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';

/**
 * What one request (a card press, a message, a tab API call) has spent waiting
 * on storage. Time with several calls in flight counts once, and time spent on
 * anything else (sending messages to Teams) not at all: the budget is about
 * storage that hangs, not about how long a big send takes.
 */
interface StorageLedger {
  budgetMs: number;
  spentMs: number;
  inFlight: number;
  busySince: number;
}

const ledgers = new AsyncLocalStorage<StorageLedger>();

/**
 * Runs a request's work with a storage budget: every storage call made inside
 * it, however deep, draws on the same budget (the transports call this, so use
 * cases need not pass a deadline through every port).
 */
export function withStorageBudget<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  return ledgers.run({ budgetMs, spentMs: 0, inFlight: 0, busySince: 0 }, work);
}

export interface StorageWait {
  /** How long this call may take: `callTimeoutMs`, or less when the request's budget is nearly spent (0: spent). */
  timeoutMs: number;
  /** Call when the call is over, answered or not. */
  end(): void;
}

/** Starts one storage call. Outside a request (start-up, scheduled jobs) only the call's own timeout applies. */
export function startStorageWait(callTimeoutMs: number): StorageWait {
  const ledger = ledgers.getStore();
  if (!ledger) return { timeoutMs: callTimeoutMs, end: () => undefined };
  const startedAt = performance.now();
  const spent = ledger.spentMs + (ledger.inFlight > 0 ? startedAt - ledger.busySince : 0);
  const timeoutMs = Math.max(0, Math.min(callTimeoutMs, ledger.budgetMs - spent));
  if (ledger.inFlight === 0) ledger.busySince = startedAt;
  ledger.inFlight += 1;
  let ended = false;
  return {
    timeoutMs,
    end: () => {
      if (ended) return;
      ended = true;
      ledger.inFlight -= 1;
      if (ledger.inFlight === 0) ledger.spentMs += performance.now() - ledger.busySince;
    },
  };
}
