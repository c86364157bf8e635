/** Where the server reads the time. Use cases get it as `deps.clock`; nothing else asks the system. */
export type Clock = () => Date;

/** The system's time: production always, dev mode unless a dev clock is set. */
export const systemClock: Clock = () => new Date();

/**
 * Dev mode only (settings.ts refuses it otherwise): run at another time and speed,
 * so a secretary can try a meeting or a day's reminders without waiting.
 */
export interface DevClockSettings {
  /** The time the clock shows when the server starts, as given (ISO 8601 with an offset); absent: the real time. */
  start?: string;
  /** How many seconds pass on the clock per real second (1 = real speed). */
  speed: number;
}

/**
 * A clock that shows `settings.start` when created and then runs `speed` times
 * as fast as `realMs` (milliseconds since the epoch; the system's by default).
 */
export function devClock(settings: DevClockSettings, realMs: () => number = Date.now): Clock {
  const startedAt = realMs();
  const shownAtStart = settings.start === undefined ? startedAt : Date.parse(settings.start);
  return () => new Date(shownAtStart + (realMs() - startedAt) * settings.speed);
}
