import { DateTime } from 'luxon';
import { easterSunday, isWorkingDay, norwegianPublicHolidays } from '../../../bot/src/domain/norwegian-holidays';

describe('Norwegian public holidays', () => {
  it.each([
    [2024, { month: 3, day: 31 }],
    [2026, { month: 4, day: 5 }],
    [2027, { month: 3, day: 28 }],
    [2038, { month: 4, day: 25 }],
  ])('finds Easter Sunday %i', (year, expected) => {
    expect(easterSunday(year)).toEqual(expected);
  });

  it('lists the twelve days of 2026, from New Year to Boxing Day', () => {
    expect([...norwegianPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-02', // skjærtorsdag
      '2026-04-03', // langfredag
      '2026-04-05',
      '2026-04-06', // 2. påskedag
      '2026-05-01',
      '2026-05-14', // Kristi himmelfartsdag
      '2026-05-17',
      '2026-05-24', // 1. pinsedag
      '2026-05-25', // 2. pinsedag
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts weekdays that are not holidays as working days', () => {
    const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Oslo' });
    expect(isWorkingDay(day('2026-12-24'))).toBe(true); // julaften is a Thursday and not a public holiday
    expect(isWorkingDay(day('2026-12-25'))).toBe(false);
    expect(isWorkingDay(day('2026-05-14'))).toBe(false);
    expect(isWorkingDay(day('2026-12-19'))).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-12-28'))).toBe(true);
  });
});
