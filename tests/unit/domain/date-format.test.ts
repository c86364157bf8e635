import { formatDate, formatDeadline, formatMeetingTime, formatTime } from '../../../bot/src/domain/date-format';

const OSLO = 'Europe/Oslo';

describe('formatMeetingTime', () => {
  it('writes a summer meeting in bokmål as councils do (CEST, +2)', () => {
    expect(formatMeetingTime('2024-09-18T08:00:00Z', '2024-09-18T10:30:00Z', OSLO, 'nb')).toBe(
      'onsdag 18. september 2024 kl. 10.00–12.30',
    );
  });

  it('writes it in nynorsk', () => {
    expect(formatMeetingTime('2024-09-18T08:00:00Z', '2024-09-18T10:30:00Z', OSLO, 'nn')).toBe(
      'onsdag 18. september 2024 kl. 10.00–12.30',
    );
  });

  it('writes it in English', () => {
    expect(formatMeetingTime('2024-09-18T08:00:00Z', '2024-09-18T10:30:00Z', OSLO, 'en')).toBe(
      'Wednesday 18 September 2024 at 10:00–12:30',
    );
  });

  it('uses CET (+1) in winter', () => {
    expect(formatMeetingTime('2024-01-17T09:00:00Z', '2024-01-17T11:30:00Z', OSLO, 'nb')).toBe(
      'onsdag 17. januar 2024 kl. 10.00–12.30',
    );
    expect(formatMeetingTime('2024-01-17T09:00:00Z', '2024-01-17T11:30:00Z', OSLO, 'en')).toBe(
      'Wednesday 17 January 2024 at 10:00–12:30',
    );
  });

  it('shows the local time on the day summer time ends (27 October 2024)', () => {
    // 09:00Z is 10:00 CET; summer time ended at 01:00Z that night.
    expect(formatMeetingTime('2024-10-27T09:00:00Z', '2024-10-27T11:00:00Z', OSLO, 'nb')).toBe(
      'søndag 27. oktober 2024 kl. 10.00–12.00',
    );
  });

  it('shows each end in its own offset when a meeting spans the change', () => {
    // 00:00Z = 02:00 CEST; 02:00Z = 03:00 CET.
    expect(formatMeetingTime('2024-10-27T00:00:00Z', '2024-10-27T02:00:00Z', OSLO, 'nb')).toBe(
      'søndag 27. oktober 2024 kl. 02.00–03.00',
    );
  });

  it('shows the Oslo date, not the UTC date, late in the evening', () => {
    expect(formatMeetingTime('2024-12-31T23:30:00Z', '2025-01-01T00:30:00Z', OSLO, 'nb')).toBe(
      'onsdag 1. januar 2025 kl. 00.30–01.30',
    );
  });
});

describe('formatDate, formatTime, formatDeadline', () => {
  it('formats a deadline', () => {
    expect(formatDeadline('2024-05-31T21:59:00Z', OSLO, 'nb')).toBe('fredag 31. mai 2024 kl. 23.59');
    expect(formatDeadline('2024-05-31T21:59:00Z', OSLO, 'en')).toBe('Friday 31 May 2024 at 23:59');
  });

  it('formats date and time separately', () => {
    expect(formatDate('2024-09-18T08:00:00Z', OSLO, 'nn')).toBe('onsdag 18. september 2024');
    expect(formatTime('2024-09-18T08:05:00Z', OSLO, 'nb')).toBe('10.05');
    expect(formatTime('2024-09-18T08:05:00Z', OSLO, 'en')).toBe('10:05');
  });
});

describe('weekday names that differ between bokmål and nynorsk', () => {
  // 2024-09-16 is a Monday, 2024-09-21 a Saturday, 2024-09-22 a Sunday.
  it.each([
    ['2024-09-16T08:00:00Z', 'mandag 16. september 2024', 'måndag 16. september 2024', 'Monday 16 September 2024'],
    ['2024-09-17T08:00:00Z', 'tirsdag 17. september 2024', 'tysdag 17. september 2024', 'Tuesday 17 September 2024'],
    ['2024-09-21T08:00:00Z', 'lørdag 21. september 2024', 'laurdag 21. september 2024', 'Saturday 21 September 2024'],
    ['2024-09-22T08:00:00Z', 'søndag 22. september 2024', 'sundag 22. september 2024', 'Sunday 22 September 2024'],
  ])('%s', (instant, nb, nn, en) => {
    expect(formatDate(instant, 'Europe/Oslo', 'nb')).toBe(nb);
    expect(formatDate(instant, 'Europe/Oslo', 'nn')).toBe(nn);
    expect(formatDate(instant, 'Europe/Oslo', 'en')).toBe(en);
  });
});
