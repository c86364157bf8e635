import { median, percentile, ratioTo, summarize } from '../../../bot/src/dev/bench/stats';

describe('bench figures', () => {
  it('takes the nearest-rank p95: one of the samples, the 95th of 100', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile(samples, 1)).toBe(100);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives the press as so many times the echo, for the median and the p95 separately', () => {
    const press = summarize([10, 12, 14, 16, 40]);
    const echo = summarize([2, 3, 4, 5, 8]);
    expect(ratioTo(press, echo)).toEqual({ median: 14 / 4, p95: 40 / 8 });
  });

  it('refuses figures it cannot give', () => {
    expect(() => percentile([], 0.5)).toThrow();
    expect(() => ratioTo(summarize([1]), summarize([0]))).toThrow();
  });
});
