import { DateTime } from 'luxon';

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Norway's public holidays (helligdager, and 1 and 17 May) of a year, as ISO dates. */
export function norwegianPublicHolidays(year: number): Set<string> {
  const easter = DateTime.fromObject({ year, ...easterSunday(year) }, { zone: 'UTC' });
  const fromEaster = [-3, -2, 0, 1, 39, 49, 50].map((days) => easter.plus({ days }).toISODate() ?? '');
  const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((monthDay) => `${year}-${monthDay}`);
  return new Set([...fixed, ...fromEaster]);
}

/** A day most people work: Monday–Friday and not a public holiday. */
export function isWorkingDay(date: DateTime): boolean {
  return date.weekday <= 5 && !norwegianPublicHolidays(date.year).has(date.toISODate() ?? '');
}
