import { DateTime } from 'luxon';
import { InvalidValue } from './errors';

/** A case number `sequence/yy`, e.g. 23/20: running per council and calendar year. */
export interface CaseNumber {
  sequence: number;
  year: number;
}

/** `23/20`: the sequence is not padded; the year is its last two digits. */
export function formatCaseNumber(n: CaseNumber): string {
  return `${n.sequence}/${String(n.year % 100).padStart(2, '0')}`;
}

export function parseCaseNumber(text: string, century = 2000): CaseNumber {
  const match = /^([1-9]\d{0,3})\/(\d{2})$/.exec(text.trim());
  if (!match) throw new InvalidValue('caseNumber', { problem: 'invalid' }, `"${text}" is not of the form 23/20`);
  return { sequence: Number(match[1]), year: century + Number(match[2]) };
}

/** The calendar year that counts for case numbers: the meeting's date in the council's zone. */
export function caseYear(instantIso: string, timeZone: string): number {
  const dt = DateTime.fromISO(instantIso, { zone: timeZone });
  if (!dt.isValid) throw new InvalidValue('date', { problem: 'invalid' }, `"${instantIso}" is not a valid instant`);
  return dt.year;
}

/**
 * The first number of a year's series. A council that adopts Utvalg mid-year
 * says where its series continues (e.g. 23 in 2020); other years start at 1.
 */
export function firstSequence(year: number, start: { year: number; next: number } | undefined): number {
  return start !== undefined && start.year === year ? start.next : 1;
}

/**
 * Where a year's counter stands: its stored next value, unless the council
 * has since moved the series forward (never back) — then a gap, not a reuse.
 */
export function nextCaseSequence(storedNext: number | undefined, first: number): number {
  return storedNext === undefined ? first : Math.max(storedNext, first);
}

/**
 * Takes a block of `count` numbers from a counter whose next free value is
 * `next`. Returns the numbers and the counter's new value. Numbers taken are
 * never given back, so a failed lock leaves a gap rather than a reuse.
 */
export function takeBlock(next: number, count: number, year: number): { numbers: CaseNumber[]; next: number } {
  if (!Number.isInteger(next) || next < 1) throw new InvalidValue('counter', { problem: 'invalid' }, `bad counter value ${next}`);
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidValue('count', { problem: 'tooSmall', params: { min: 1 } }, 'at least one number must be taken');
  const numbers = Array.from({ length: count }, (_, i) => ({ sequence: next + i, year }));
  return { numbers, next: next + count };
}
