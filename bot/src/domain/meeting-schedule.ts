import { DateTime } from 'luxon';
import { InvalidValue } from './errors';
import type { Meeting } from './meeting';
import type { Problem, ProblemCode } from './problem';

/**
 * When a meeting is and when its deadlines fall. The secretary works in the
 * council's wall-clock time ("onsdag 8. april kl. 10.00"); storage keeps UTC
 * instants. All conversions go through luxon with the council's IANA zone, so
 * a deadline two weeks before a meeting keeps its wall-clock time across the
 * change to and from summer time.
 */

/** Proposals close 14 days and the notice goes out 7 days before the meeting, unless the secretary says otherwise. */
export const DEFAULT_PROPOSAL_DAYS_BEFORE = 14;
export const DEFAULT_NOTICE_DAYS_BEFORE = 7;
/** A meeting further ahead than this is almost certainly a typo in the year. */
export const MAX_YEARS_AHEAD = 5;

/** A meeting's times as the secretary enters them, in the council's zone. */
export interface LocalSchedule {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour clock */
  startTime: string;
  endTime: string;
  /** YYYY-MM-DDTHH:mm; left out means the default. */
  proposalDeadline?: string;
  noticeDeadline?: string;
}

/** The same, as stored: UTC ISO instants. */
export interface MeetingSchedule {
  startsAt: string;
  endsAt: string;
  proposalDeadline: string;
  noticeDeadline: string;
}

export type ScheduleField = 'date' | 'startTime' | 'endTime' | 'proposalDeadline' | 'noticeDeadline';

/** The schedule's problems: codes of the one vocabulary in problem.ts. */
export type ScheduleProblemCode = Extract<
  ProblemCode,
  /** Not a date or time at all. */
  | 'invalid'
  /** A wall-clock time skipped when clocks go forward (e.g. 02.30 on the last Sunday of March). */
  | 'timeDoesNotExist'
  | 'endNotAfterStart'
  | 'deadlineNotBeforeStart'
  | 'startInPast'
  | 'tooFarAhead'
>;

export interface ScheduleProblem {
  field: ScheduleField;
  code: ScheduleProblemCode;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/;

const REASONS: Record<ScheduleProblemCode, string> = {
  invalid: 'not a valid date or time',
  timeDoesNotExist: 'this time does not exist on that day (the clocks go forward)',
  endNotAfterStart: 'must be after the start',
  deadlineNotBeforeStart: 'must be before the meeting starts',
  startInPast: 'the meeting must start in the future',
  tooFarAhead: `at most ${MAX_YEARS_AHEAD} years ahead`,
};

/** The English sentence logged for a problem (clients show their own words for the code). */
export function scheduleReason(code: ScheduleProblemCode): string {
  return REASONS[code];
}

/** A schedule problem as the one vocabulary's problem, with its parameters. */
export function scheduleProblem(code: ScheduleProblemCode): Problem {
  return code === 'tooFarAhead' ? { problem: code, params: { maxYears: MAX_YEARS_AHEAD } } : { problem: code };
}

type LocalResult = { ok: true; instant: DateTime } | { ok: false; code: ScheduleProblemCode };

/**
 * A wall-clock date and time in a zone as an instant. A time that falls in the
 * spring-forward gap is refused rather than silently moved an hour; a time
 * that occurs twice (autumn) means one definite instant (luxon picks winter time).
 */
export function localInstant(date: string, time: string, zone: string): LocalResult {
  if (!DATE.test(date) || !TIME.test(time)) return { ok: false, code: 'invalid' };
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dt.isValid) return { ok: false, code: 'invalid' };
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return { ok: false, code: 'timeDoesNotExist' };
  return { ok: true, instant: dt };
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  return DATE.test(date) && DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}

function localDateTime(value: string, zone: string): LocalResult {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return { ok: false, code: 'invalid' };
  return localInstant(match[1]!, match[2]!, zone);
}

const utc = (dt: DateTime): string => dt.toUTC().toISO() ?? '';

/**
 * The default deadlines for a meeting starting at `startsAt`: the same
 * wall-clock time 14 and 7 calendar days earlier in the council's zone (so
 * across a clock change the UTC offset differs, the local time does not).
 */
export function defaultDeadlines(startsAt: string, zone: string): { proposalDeadline: string; noticeDeadline: string } {
  const start = DateTime.fromISO(startsAt, { zone });
  if (!start.isValid) throw new InvalidValue('startsAt', { problem: 'invalid' }, `"${startsAt}" is not a valid instant`);
  return {
    proposalDeadline: utc(start.minus({ days: DEFAULT_PROPOSAL_DAYS_BEFORE })),
    noticeDeadline: utc(start.minus({ days: DEFAULT_NOTICE_DAYS_BEFORE })),
  };
}

/** An instant as the form shows it: YYYY-MM-DDTHH:mm in the council's zone. */
export function toLocalDateTime(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The local form values of a stored meeting, to prefill the edit form. */
export function toLocalSchedule(meeting: Pick<Meeting, keyof MeetingSchedule>, zone: string): Required<LocalSchedule> {
  const start = DateTime.fromISO(meeting.startsAt, { zone });
  return {
    date: start.toISODate() ?? '',
    startTime: start.toFormat('HH:mm'),
    endTime: DateTime.fromISO(meeting.endsAt, { zone }).toFormat('HH:mm'),
    proposalDeadline: toLocalDateTime(meeting.proposalDeadline, zone),
    noticeDeadline: toLocalDateTime(meeting.noticeDeadline, zone),
  };
}

export interface ScheduleCheck {
  /** Now; a new (or moved) meeting must start after it. */
  now: Date;
  /** When editing: the start already stored. An unchanged start may lie in the past (fixing the place of today's meeting). */
  storedStartsAt?: string;
}

/**
 * Turns the secretary's local times into a schedule, or lists what is wrong,
 * field by field. Missing deadlines get the defaults. Used by the server (which
 * decides) and by the tab (to show the problem next to the field at once).
 */
export function resolveSchedule(
  local: LocalSchedule,
  zone: string,
  check: ScheduleCheck,
): { ok: true; schedule: MeetingSchedule } | { ok: false; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  if (!isCalendarDate(local.date)) return { ok: false, problems: [{ field: 'date', code: 'invalid' }] };
  const start = localInstant(local.date, local.startTime, zone);
  const end = localInstant(local.date, local.endTime, zone);
  if (!start.ok) problems.push({ field: 'startTime', code: start.code });
  if (!end.ok) problems.push({ field: 'endTime', code: end.code });
  if (!start.ok || !end.ok) return { ok: false, problems };

  const startsAt = utc(start.instant);
  const defaults = defaultDeadlines(startsAt, zone);
  const deadline = (field: 'proposalDeadline' | 'noticeDeadline'): string | undefined => {
    const value = local[field];
    if (value === undefined || value === '') return defaults[field];
    const parsed = localDateTime(value, zone);
    if (!parsed.ok) {
      problems.push({ field, code: parsed.code });
      return undefined;
    }
    if (parsed.instant >= start.instant) problems.push({ field, code: 'deadlineNotBeforeStart' });
    return utc(parsed.instant);
  };

  if (end.instant <= start.instant) problems.push({ field: 'endTime', code: 'endNotAfterStart' });
  const moved = check.storedStartsAt === undefined || check.storedStartsAt !== startsAt;
  if (moved && start.instant.toMillis() <= check.now.getTime()) problems.push({ field: 'date', code: 'startInPast' });
  if (start.instant > DateTime.fromJSDate(check.now, { zone }).plus({ years: MAX_YEARS_AHEAD })) {
    problems.push({ field: 'date', code: 'tooFarAhead' });
  }
  const proposalDeadline = deadline('proposalDeadline');
  const noticeDeadline = deadline('noticeDeadline');
  if (problems.length > 0 || proposalDeadline === undefined || noticeDeadline === undefined) return { ok: false, problems };
  return { ok: true, schedule: { startsAt, endsAt: utc(end.instant), proposalDeadline, noticeDeadline } };
}

/** As resolveSchedule, throwing the first problem as an InvalidValue naming its field (400 over HTTP). */
export function scheduleOrThrow(local: LocalSchedule, zone: string, check: ScheduleCheck): MeetingSchedule {
  const result = resolveSchedule(local, zone, check);
  if (result.ok) return result.schedule;
  const first = result.problems[0]!;
  throw new InvalidValue(first.field, scheduleProblem(first.code), scheduleReason(first.code));
}

/** Where the meeting is: a place, an online link, or both; never neither. */
export function hasPlaceOrLink(place: string | undefined, onlineLink: string | undefined): boolean {
  return (place ?? '').trim() !== '' || (onlineLink ?? '').trim() !== '';
}

export function assertPlaceOrLink(place: string | undefined, onlineLink: string | undefined): void {
  if (!hasPlaceOrLink(place, onlineLink))
    throw new InvalidValue('place', { problem: 'placeOrLinkRequired' }, 'give a place, an online link, or both');
}
