import { caseNumberSpan, caseHeading, noticeTime } from '../../../bot/src/domain/notice-text';

const OSLO = 'Europe/Oslo';

describe('noticeTime: the meeting time as a notice writes it', () => {
  it('writes "onsdag 18. september kl. 10.00–12.30" for a meeting this year (summer time, UTC+2)', () => {
    const meeting = { startsAt: '2024-09-18T08:00:00.000Z', endsAt: '2024-09-18T10:30:00.000Z' };
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2024-09-11T08:00:00Z'))).toBe('onsdag 18. september kl. 10.00–12.30');
    expect(noticeTime(meeting, OSLO, 'nn', new Date('2024-09-11T08:00:00Z'))).toBe('onsdag 18. september kl. 10.00–12.30');
    expect(noticeTime(meeting, OSLO, 'en', new Date('2024-09-11T08:00:00Z'))).toBe('Wednesday 18 September at 10:00–12:30');
  });

  it('uses winter time (UTC+1) in December', () => {
    const meeting = { startsAt: '2024-12-04T09:00:00.000Z', endsAt: '2024-12-04T11:30:00.000Z' };
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2024-11-27T09:00:00Z'))).toBe('onsdag 4. desember kl. 10.00–12.30');
  });

  it('gets the day after the clocks go back right (Monday 28 October 2024, the change was that night)', () => {
    const meeting = { startsAt: '2024-10-28T09:00:00.000Z', endsAt: '2024-10-28T11:30:00.000Z' };
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2024-10-21T08:00:00Z'))).toBe('mandag 28. oktober kl. 10.00–12.30');
  });

  it('a meeting on the morning the clocks go forward (Sunday 30 March 2025) uses summer time from 03.00', () => {
    const meeting = { startsAt: '2025-03-30T01:30:00.000Z', endsAt: '2025-03-30T08:00:00.000Z' };
    // 01:30 UTC is 02:30 winter time, which does not exist: it is 03:30 summer time (UTC+2).
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2025-03-20T08:00:00Z'))).toBe('søndag 30. mars kl. 03.30–10.00');
  });

  it('gives the year when the meeting is in another year than the notice (sent in December for January)', () => {
    const meeting = { startsAt: '2026-01-14T09:00:00.000Z', endsAt: '2026-01-14T11:30:00.000Z' };
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2025-12-30T09:00:00Z'))).toBe('onsdag 14. januar 2026 kl. 10.00–12.30');
    expect(noticeTime(meeting, OSLO, 'nn', new Date('2025-12-30T09:00:00Z'))).toBe('onsdag 14. januar 2026 kl. 10.00–12.30');
  });

  it('counts "this year" in Oslo time: 31 December 23.30 UTC is already next year in Oslo', () => {
    const meeting = { startsAt: '2026-01-05T09:00:00.000Z', endsAt: '2026-01-05T11:00:00.000Z' };
    expect(noticeTime(meeting, OSLO, 'nb', new Date('2025-12-31T23:30:00Z'))).toBe('mandag 5. januar kl. 10.00–12.00');
  });
});

describe('case headings', () => {
  it('puts the number before the title, unpadded', () => {
    expect(caseHeading({ caseNumber: { sequence: 23, year: 2026 }, title: 'Godkjenning av innkalling og referat' })).toBe(
      '23/26 Godkjenning av innkalling og referat',
    );
    expect(caseHeading({ caseNumber: { sequence: 1, year: 2027 }, title: 'Eventuelt' })).toBe('1/27 Eventuelt');
    expect(caseHeading({ title: 'Sikkerhet ved NAV-kontorene' })).toBe('Sikkerhet ved NAV-kontorene');
  });

  it('spans a block of numbers', () => {
    expect(
      caseNumberSpan([
        { sequence: 23, year: 2026 },
        { sequence: 24, year: 2026 },
        { sequence: 29, year: 2026 },
      ]),
    ).toBe('23/26–29/26');
    expect(caseNumberSpan([{ sequence: 7, year: 2026 }])).toBe('7/26');
    expect(caseNumberSpan([])).toBe('');
  });
});
