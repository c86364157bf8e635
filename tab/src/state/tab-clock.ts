import type { DevClock } from '../../../bot/src/contracts/me';

/**
 * The tab's "now" for rules that depend on the time (which meeting is next, is a
 * deadline past). It is the browser's time, except when the dev server runs on a
 * dev clock: then the tab follows the server's clock, so both agree on what has
 * started and what is late. Set by App from /api/me; a clock, like Date.now, so
 * a module value rather than a prop passed through every view.
 */
let current: () => Date = () => new Date();

export function tabNow(): Date {
  return current();
}

/** Follow a dev clock (its time `clock.now` as received at `receivedAtMs`), or the browser again (undefined). */
export function followDevClock(clock: DevClock | undefined, receivedAtMs: number = Date.now()): void {
  if (clock === undefined) {
    current = () => new Date();
    return;
  }
  const shown = Date.parse(clock.now);
  current = () => new Date(shown + (Date.now() - receivedAtMs) * clock.speed);
}
