import {
  defaultDeadlines,
  hasPlaceOrLink,
  localInstant,
  resolveSchedule,
  scheduleOrThrow,
  toLocalSchedule,
  type ScheduleCheck,
} from '../../../bot/src/domain/meeting-schedule';
import { InvalidValue } from '../../../bot/src/domain/errors';
import { orderAgenda } from '../../../bot/src/domain/agenda';
import { standardAgendaItems } from '../../../bot/src/domain/standard-items';

const OSLO = 'Europe/Oslo';
const NOW = new Date('2026-01-10T12:00:00Z');

describe('meeting times in the council zone', () => {
  it('turns Oslo wall-clock time into UTC with the offset of that day (winter +01, summer +02)', () => {
    const winter = resolveSchedule({ date: '2026-03-18', startTime: '10:00', endTime: '12:30' }, OSLO, { now: NOW });
    const summer = resolveSchedule({ date: '2026-04-15', startTime: '10:00', endTime: '12:30' }, OSLO, { now: NOW });
    expect(winter.ok && winter.schedule).toMatchObject({
      startsAt: '2026-03-18T09:00:00.000Z',
      endsAt: '2026-03-18T11:30:00.000Z',
    });
    expect(summer.ok && summer.schedule).toMatchObject({
      startsAt: '2026-04-15T08:00:00.000Z',
      endsAt: '2026-04-15T10:30:00.000Z',
    });
  });

  it('refuses a time that does not exist because the clocks go forward (29 March 2026, 02.30)', () => {
    expect(localInstant('2026-03-29', '02:30', OSLO)).toEqual({ ok: false, code: 'timeDoesNotExist' });
    const result = resolveSchedule({ date: '2026-03-29', startTime: '02:30', endTime: '04:00' }, OSLO, { now: NOW });
    expect(result).toEqual({ ok: false, problems: [{ field: 'startTime', code: 'timeDoesNotExist' }] });
  });

  it('takes one definite 02.30 (winter time, as luxon does) on the night the clocks go back (25 October 2026)', () => {
    const result = localInstant('2026-10-25', '02:30', OSLO);
    expect(result.ok && result.instant.toUTC().toISO()).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('default deadlines', () => {
  it('keeps 10.00 local time when the proposal deadline falls before the change to summer time', () => {
    // Meeting Wednesday 8 April 2026 10.00 CEST; 14 days before is 25 March, still CET.
    const d = defaultDeadlines('2026-04-08T08:00:00.000Z', OSLO);
    expect(d.proposalDeadline).toBe('2026-03-25T09:00:00.000Z');
    expect(d.noticeDeadline).toBe('2026-04-01T08:00:00.000Z');
  });

  it('keeps 10.00 local time when the notice deadline falls before the change back to winter time', () => {
    // Meeting Wednesday 4 November 2026 10.00 CET; 7 days before is 28 October (CET), 14 days 21 October (CEST).
    const d = defaultDeadlines('2026-11-04T09:00:00.000Z', OSLO);
    expect(d.proposalDeadline).toBe('2026-10-21T08:00:00.000Z');
    expect(d.noticeDeadline).toBe('2026-10-28T09:00:00.000Z');
  });

  it('are used when the form leaves them out, and shown back as local form values', () => {
    const result = resolveSchedule({ date: '2026-04-08', startTime: '10:00', endTime: '12:00' }, OSLO, { now: NOW });
    if (!result.ok) throw new Error('expected a schedule');
    expect(toLocalSchedule(result.schedule, OSLO)).toEqual({
      date: '2026-04-08',
      startTime: '10:00',
      endTime: '12:00',
      proposalDeadline: '2026-03-25T10:00',
      noticeDeadline: '2026-04-01T10:00',
    });
  });

  it('can be set by the secretary, in local time, across the clock change', () => {
    const result = resolveSchedule(
      {
        date: '2026-04-08',
        startTime: '10:00',
        endTime: '12:00',
        proposalDeadline: '2026-03-27T23:59',
        noticeDeadline: '2026-04-01T12:00',
      },
      OSLO,
      { now: NOW },
    );
    expect(result.ok && result.schedule).toMatchObject({
      proposalDeadline: '2026-03-27T22:59:00.000Z',
      noticeDeadline: '2026-04-01T10:00:00.000Z',
    });
  });
});

describe('what the form is told', () => {
  const base = { date: '2026-04-08', startTime: '10:00', endTime: '12:00' };
  const problems = (local: Parameters<typeof resolveSchedule>[0], check: ScheduleCheck = { now: NOW }) => {
    const result = resolveSchedule(local, OSLO, check);
    return result.ok ? [] : result.problems;
  };

  it('needs the end after the start', () => {
    expect(problems({ ...base, endTime: '10:00' })).toEqual([{ field: 'endTime', code: 'endNotAfterStart' }]);
    expect(problems({ ...base, endTime: '09:00' })).toEqual([{ field: 'endTime', code: 'endNotAfterStart' }]);
  });

  it('needs both deadlines before the start (a deadline at the start is too late)', () => {
    expect(problems({ ...base, proposalDeadline: '2026-04-08T10:00', noticeDeadline: '2026-04-09T09:00' })).toEqual([
      { field: 'proposalDeadline', code: 'deadlineNotBeforeStart' },
      { field: 'noticeDeadline', code: 'deadlineNotBeforeStart' },
    ]);
    expect(problems({ ...base, proposalDeadline: '2026-04-08T09:59' })).toEqual([]);
  });

  it('names a date that is not a date, and a time that is not a time', () => {
    expect(problems({ ...base, date: '2026-02-30' })).toEqual([{ field: 'date', code: 'invalid' }]);
    expect(problems({ ...base, startTime: '25:00' })).toEqual([{ field: 'startTime', code: 'invalid' }]);
    expect(problems({ ...base, noticeDeadline: 'next week' })).toEqual([{ field: 'noticeDeadline', code: 'invalid' }]);
  });

  it('refuses a new meeting in the past, but lets an edit keep a start that has passed', () => {
    const later = new Date('2026-04-08T08:30:00Z');
    expect(problems(base, { now: later })).toEqual([{ field: 'date', code: 'startInPast' }]);
    const storedStartsAt = '2026-04-08T08:00:00.000Z';
    expect(problems(base, { now: later, storedStartsAt })).toEqual([]);
    expect(problems({ ...base, startTime: '09:00' }, { now: later, storedStartsAt })).toEqual([
      { field: 'date', code: 'startInPast' },
    ]);
  });

  it('refuses a year that is surely a typo', () => {
    expect(problems({ ...base, date: '2036-04-08' })).toEqual([{ field: 'date', code: 'tooFarAhead' }]);
  });

  it('throws the first problem as an InvalidValue with its field, for the API', () => {
    expect(() => scheduleOrThrow({ ...base, endTime: '08:00' }, OSLO, { now: NOW })).toThrow(InvalidValue);
    try {
      scheduleOrThrow({ ...base, endTime: '08:00' }, OSLO, { now: NOW });
    } catch (error) {
      expect(error).toMatchObject({ field: 'endTime' });
    }
  });

  it('needs a place, an online link, or both', () => {
    expect(hasPlaceOrLink(undefined, undefined)).toBe(false);
    expect(hasPlaceOrLink('  ', '')).toBe(false);
    expect(hasPlaceOrLink('NAV Skien', undefined)).toBe(true);
    expect(hasPlaceOrLink(undefined, 'https://teams.microsoft.com/l/meetup-join/x')).toBe(true);
  });
});

describe('standard agenda items of a new meeting', () => {
  it('are Godkjenning first and Eventuelt last, with fixed ids, titled in the council language', () => {
    const nb = standardAgendaItems('m-1', 'nb');
    expect(nb.map((i) => [i.id, i.standard, i.title])).toEqual([
      ['approval', 'approval', 'Godkjenning av innkalling og referat'],
      ['any-other-business', 'anyOtherBusiness', 'Eventuelt'],
    ]);
    expect(standardAgendaItems('m-1', 'en').map((i) => i.title)).toEqual([
      'Approval of the notice and the minutes',
      'Any other business',
    ]);
    const withOther = orderAgenda([...nb, { id: 'x', meetingId: 'm-1', order: 5000, title: 'Sak', kind: 'briefing' }]);
    expect(withOther.map((i) => i.id)).toEqual(['approval', 'x', 'any-other-business']);
  });
});
