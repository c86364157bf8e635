import type { TableClient } from '@azure/data-tables';
import type { CaseNumberCounter } from '../app/ports';
import { nextCaseSequence, takeBlock, type CaseNumber } from '../domain/case-number';
import { Contention } from '../domain/errors';
import { etagOf } from './json-row';
import { isConflict, isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

interface CounterRow {
  partitionKey: string;
  rowKey: string;
  next: number;
}

export interface RetryPolicy {
  /** Give up after this long; contention on one counter is expected, forever is not. */
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  budgetMs: 15_000,
  baseDelayMs: 5,
  maxDelayMs: 250,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: Date.now,
};

/**
 * CaseCounters: PartitionKey = council id, RowKey = year, `next` = first free
 * number. Taking a block is a conditional write (If-Match); on a conflict we
 * re-read and retry with full jitter until the time budget runs out.
 */
export class TableCaseNumberCounter implements CaseNumberCounter {
  private readonly client: TableClient;
  constructor(
    tables: TableClientFactory,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.client = tables('caseCounters');
  }

  async take(councilId: string, year: number, count: number, firstSequence: number): Promise<CaseNumber[]> {
    const started = this.retry.now();
    for (let attempt = 0; ; attempt++) {
      const taken = await this.tryTake(councilId, year, count, firstSequence);
      if (taken) return taken;
      if (this.retry.now() - started > this.retry.budgetMs) throw new Contention(`case numbers ${councilId} ${year}`);
      const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** Math.min(attempt, 10));
      await this.retry.sleep(this.retry.random() * cap);
    }
  }

  async nextFree(councilId: string, year: number): Promise<number | undefined> {
    try {
      return (await this.client.getEntity<CounterRow>(councilId, String(year))).next;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** One attempt; undefined means someone else won the race. */
  private async tryTake(
    councilId: string,
    year: number,
    count: number,
    firstSequence: number,
  ): Promise<CaseNumber[] | undefined> {
    const rowKey = String(year);
    let current: { next: number; etag?: string };
    try {
      const row = await this.client.getEntity<CounterRow>(councilId, rowKey);
      current = { next: nextCaseSequence(row.next, firstSequence), etag: etagOf(row) };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      current = { next: firstSequence };
    }
    const block = takeBlock(current.next, count, year);
    const row: CounterRow = { partitionKey: councilId, rowKey, next: block.next };
    try {
      if (current.etag === undefined) await this.client.createEntity(row);
      else await this.client.updateEntity(row, 'Replace', { etag: current.etag });
      return block.numbers;
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }
}
