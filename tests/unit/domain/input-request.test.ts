import { isAsked, isInputOpen } from '../../../bot/src/domain/input-request';
import { anInputRequest } from './builders';

describe('isInputOpen', () => {
  // Friday 31 May 2024 23:59 in Oslo (CEST, +02:00).
  const request = anInputRequest('r1', '2024-05-31T21:59:00.000Z');

  it('is open just before the deadline', () => {
    expect(isInputOpen(request, new Date('2024-05-31T21:58:59.999Z'))).toBe(true);
  });

  it('is closed at the deadline', () => {
    expect(isInputOpen(request, new Date('2024-05-31T21:59:00.000Z'))).toBe(false);
  });

  it('is closed after the deadline', () => {
    expect(isInputOpen(request, new Date('2024-05-31T21:59:00.001Z'))).toBe(false);
    expect(isInputOpen(request, new Date('2024-06-01T08:00:00.000Z'))).toBe(false);
  });

  // The schema (isoInstant, z.iso.datetime({ offset: true })) accepts deadlines without
  // milliseconds and with an offset, so the domain must compare instants, not strings.
  it('is closed at and just after a deadline stored without milliseconds', () => {
    const noMillis = anInputRequest('r2', '2024-05-31T21:59:00Z');
    expect(isInputOpen(noMillis, new Date('2024-05-31T21:58:59.999Z'))).toBe(true);
    expect(isInputOpen(noMillis, new Date('2024-05-31T21:59:00.000Z'))).toBe(false);
    expect(isInputOpen(noMillis, new Date('2024-05-31T21:59:00.500Z'))).toBe(false);
  });

  it('is closed after a deadline stored with an Oslo offset', () => {
    const withOffset = anInputRequest('r3', '2024-05-31T23:59:00+02:00');
    expect(isInputOpen(withOffset, new Date('2024-05-31T21:58:00.000Z'))).toBe(true);
    expect(isInputOpen(withOffset, new Date('2024-05-31T22:30:00.000Z'))).toBe(false);
  });
});

describe('isAsked', () => {
  it('an empty list asks everyone', () => {
    const request = anInputRequest('r1', '2024-05-31T21:59:00.000Z', []);
    expect(isAsked(request, 'ola')).toBe(true);
    expect(isAsked(request, 'anyone')).toBe(true);
  });

  it('an explicit list asks only those listed', () => {
    const request = anInputRequest('r1', '2024-05-31T21:59:00.000Z', ['ola', 'kari']);
    expect(isAsked(request, 'ola')).toBe(true);
    expect(isAsked(request, 'kari')).toBe(true);
    expect(isAsked(request, 'anne')).toBe(false);
  });
});
