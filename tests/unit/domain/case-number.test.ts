import {
  caseYear,
  firstSequence,
  nextCaseSequence,
  formatCaseNumber,
  parseCaseNumber,
  takeBlock,
  type CaseNumber,
} from '../../../bot/src/domain/case-number';
import { InvalidValue } from '../../../bot/src/domain/errors';

function invalidValueFrom(fn: () => unknown): InvalidValue {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidValue);
    return error as InvalidValue;
  }
  throw new Error('expected an InvalidValue to be thrown');
}

describe('formatCaseNumber', () => {
  it.each<[CaseNumber, string]>([
    [{ sequence: 23, year: 2020 }, '23/20'],
    [{ sequence: 1, year: 2024 }, '1/24'],
    [{ sequence: 7, year: 2024 }, '7/24'],
    [{ sequence: 123, year: 2024 }, '123/24'],
    [{ sequence: 1, year: 2005 }, '1/05'],
    [{ sequence: 4, year: 2000 }, '4/00'],
    [{ sequence: 12, year: 1999 }, '12/99'],
  ])('%j → %s', (n, expected) => {
    expect(formatCaseNumber(n)).toBe(expected);
  });
});

describe('parseCaseNumber', () => {
  it.each<[string, CaseNumber]>([
    ['23/20', { sequence: 23, year: 2020 }],
    ['1/05', { sequence: 1, year: 2005 }],
    [' 29/20 ', { sequence: 29, year: 2020 }],
  ])('parses %p', (text, expected) => {
    expect(parseCaseNumber(text)).toEqual(expected);
  });

  it('uses the century it is given', () => {
    expect(parseCaseNumber('12/99', 1900)).toEqual({ sequence: 12, year: 1999 });
  });

  it.each<CaseNumber>([
    { sequence: 23, year: 2020 },
    { sequence: 1, year: 2005 },
    { sequence: 1000, year: 2031 },
  ])('round-trips %j', (n) => {
    expect(parseCaseNumber(formatCaseNumber(n))).toEqual(n);
  });

  it.each([
    '',
    '23',
    '23/2020',
    '23-20',
    '23 / 20',
    'sak 23/20',
    'ab/cd',
    '/20',
    '23/',
    '23/2',
    '12345/20',
    '-1/20',
    '0/20',
    '023/20',
  ])('rejects %p with InvalidValue on caseNumber', (text) => {
    const error = invalidValueFrom(() => parseCaseNumber(text));
    expect(error.field).toBe('caseNumber');
  });
});

describe('caseYear (Europe/Oslo)', () => {
  it('counts a late New Year’s Eve UTC instant in the new Oslo year', () => {
    expect(caseYear('2024-12-31T23:30:00Z', 'Europe/Oslo')).toBe(2025);
  });

  it('keeps the old year until midnight in Oslo', () => {
    expect(caseYear('2024-12-31T22:59:59Z', 'Europe/Oslo')).toBe(2024);
    expect(caseYear('2024-12-31T23:00:00Z', 'Europe/Oslo')).toBe(2025);
  });

  it('uses the zone given, not UTC', () => {
    expect(caseYear('2024-12-31T23:30:00Z', 'UTC')).toBe(2024);
  });

  it('respects an explicit offset in the instant', () => {
    expect(caseYear('2025-01-01T00:30:00+01:00', 'Europe/Oslo')).toBe(2025);
  });

  it('rejects text that is not an instant', () => {
    const error = invalidValueFrom(() => caseYear('not a date', 'Europe/Oslo'));
    expect(error.field).toBe('date');
  });
});

describe('firstSequence', () => {
  const adoptedMidYear = { year: 2020, next: 23 };

  it('continues where the council says in the year it adopts Utvalg', () => {
    expect(firstSequence(2020, adoptedMidYear)).toBe(23);
  });

  it('starts at 1 in other years', () => {
    expect(firstSequence(2021, adoptedMidYear)).toBe(1);
    expect(firstSequence(2019, adoptedMidYear)).toBe(1);
  });

  it('starts at 1 when the council gave no starting point', () => {
    expect(firstSequence(2020, undefined)).toBe(1);
  });
});

describe('takeBlock', () => {
  it('takes consecutive numbers starting at the counter and advances it', () => {
    const { numbers, next } = takeBlock(23, 7, 2020);
    expect(numbers.map(formatCaseNumber)).toEqual(['23/20', '24/20', '25/20', '26/20', '27/20', '28/20', '29/20']);
    expect(next).toBe(30);
  });

  it('a second block continues after the first, never reusing a number', () => {
    const first = takeBlock(1, 3, 2024);
    const second = takeBlock(first.next, 2, 2024);
    expect(second.numbers).toEqual([
      { sequence: 4, year: 2024 },
      { sequence: 5, year: 2024 },
    ]);
    expect(second.next).toBe(6);
  });

  it('takes a single number', () => {
    expect(takeBlock(5, 1, 2024)).toEqual({ numbers: [{ sequence: 5, year: 2024 }], next: 6 });
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects count %p', (count) => {
    expect(invalidValueFrom(() => takeBlock(1, count, 2024)).field).toBe('count');
  });

  it.each([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects counter value %p', (next) => {
    expect(invalidValueFrom(() => takeBlock(next, 3, 2024)).field).toBe('counter');
  });
});

describe('nextCaseSequence', () => {
  it('starts a year with no counter at its first number', () => {
    expect(nextCaseSequence(undefined, 23)).toBe(23);
  });
  it('continues from the counter, or from a series moved forward past it, never back', () => {
    expect(nextCaseSequence(28, 23)).toBe(28);
    expect(nextCaseSequence(28, 100)).toBe(100);
  });
});
