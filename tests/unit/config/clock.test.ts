import { devClock } from '../../../bot/src/config/clock';

/** A real time source the test moves by hand, so nothing depends on how fast the machine is. */
function realTime(startMs: number): { now: () => number; advance: (ms: number) => void } {
  let ms = startMs;
  return { now: () => ms, advance: (by) => (ms += by) };
}

describe('devClock', () => {
  it('shows the given start when the server starts, then runs N times as fast as real time', () => {
    const real = realTime(Date.parse('2026-12-02T05:00:00Z'));
    const clock = devClock({ start: '2027-03-10T09:55:00+01:00', speed: 60 }, real.now);
    expect(clock().toISOString()).toBe('2027-03-10T08:55:00.000Z');
    real.advance(5_000); // five real seconds are five minutes on the clock
    expect(clock().toISOString()).toBe('2027-03-10T09:00:00.000Z');
    real.advance(55_000);
    expect(clock().toISOString()).toBe('2027-03-10T09:55:00.000Z');
  });

  it('at speed 1 keeps real pace from the given start', () => {
    const real = realTime(Date.parse('2026-12-02T05:00:00Z'));
    const clock = devClock({ start: '2027-01-01T00:00:00Z', speed: 1 }, real.now);
    real.advance(90_000);
    expect(clock().toISOString()).toBe('2027-01-01T00:01:30.000Z');
  });

  it('without a start, runs faster from the real time', () => {
    const real = realTime(Date.parse('2026-12-02T05:00:00Z'));
    const clock = devClock({ speed: 1440 }, real.now);
    expect(clock().toISOString()).toBe('2026-12-02T05:00:00.000Z');
    real.advance(60_000); // a real minute is a day
    expect(clock().toISOString()).toBe('2026-12-03T05:00:00.000Z');
  });
});
