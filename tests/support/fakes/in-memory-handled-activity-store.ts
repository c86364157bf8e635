/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { HandledActivityStore } from '../../../bot/src/app/ports';

/** Claimed activity keys in memory. */
export class InMemoryHandledActivityStore implements HandledActivityStore {
  private readonly claimed = new Map<string, string>();

  async claim(key: string, at: string): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, at);
    return true;
  }

  async release(key: string): Promise<void> {
    this.claimed.delete(key);
  }
}
