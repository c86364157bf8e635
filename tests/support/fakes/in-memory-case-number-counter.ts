/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { CaseNumberCounter } from '../../../bot/src/app/ports';
import { nextCaseSequence, takeBlock, type CaseNumber } from '../../../bot/src/domain/case-number';

/** Case-number counters in memory: a take is one step (no await inside), so simultaneous takes never overlap. */
export class InMemoryCaseNumberCounter implements CaseNumberCounter {
  /** `${councilId}~${year}` → the first free number. */
  private readonly next = new Map<string, number>();

  async take(councilId: string, year: number, count: number, firstSequence: number): Promise<CaseNumber[]> {
    const key = `${councilId}~${year}`;
    const block = takeBlock(nextCaseSequence(this.next.get(key), firstSequence), count, year);
    this.next.set(key, block.next);
    return block.numbers;
  }

  async nextFree(councilId: string, year: number): Promise<number | undefined> {
    return this.next.get(`${councilId}~${year}`);
  }
}
