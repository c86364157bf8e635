import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

// So slow that the clock cannot move a millisecond during the test: what it shows is exactly the start.
const FROZEN = { start: '2027-03-10T09:55:00+01:00', speed: 0.000001 };

describe('a dev server on a dev clock, against Azurite', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startTestApp({ devClock: FROZEN });
  });
  afterAll(() => running.close());

  it('tells the tab the dev clock and its time now', async () => {
    const me = (await (await fetch(`${running.baseUrl}/api/me`)).json()) as { devClock?: unknown };
    expect(me.devClock).toEqual({ ...FROZEN, now: '2027-03-10T08:55:00.000Z' });
  });

  it('reads the dev clock where the server needs the time (the demo council is seeded around it)', async () => {
    const body = (await (await fetch(`${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings`)).json()) as {
      meetings: Meeting[];
    };
    const [older, newer, upcoming] = body.meetings;
    expect([older?.status, newer?.status]).toEqual(['minutesApproved', 'minutesDraft']);
    expect(Date.parse(newer?.startsAt ?? '')).toBeLessThan(Date.parse(FROZEN.start));
    expect(Date.parse(upcoming?.startsAt ?? '')).toBeGreaterThan(Date.parse(FROZEN.start));
    expect(upcoming?.startsAt.slice(0, 4)).toBe('2027');
  });
});
