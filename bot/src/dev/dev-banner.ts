import type { DevClockSettings } from '../config/clock';

/** What `npm start` prints first: this server must never be mistaken for production. */
export const DEV_BANNER = `
  ┌──────────────────────────────────────────────────────────────┐
  │  UTVALG DEV MODE (UTVALG_DEV=1)                              │
  │  The bot accepts unauthenticated activities and the tab API  │
  │  accepts dev identities. Never use this configuration in     │
  │  production: NODE_ENV=production refuses it.                 │
  └──────────────────────────────────────────────────────────────┘`;

/** The dev clock as the console banners show it; undefined on the real clock. */
export function devClockLine(clock: DevClockSettings | undefined): string | undefined {
  if (clock === undefined) return undefined;
  const from = clock.start === undefined ? 'from the real time' : `from ${clock.start}`;
  return `DEV CLOCK: runs ${from} at ${clock.speed}× real speed (--clock-start, --clock-speed); deadlines and reminders follow it.`;
}
