import { DateTime } from 'luxon';
import type { CaseNumber } from './case-number';
import { formatCaseNumber } from './case-number';
import { formatMeetingTime } from './date-format';
import type { Language } from './language';

/**
 * Text of the notice (innkalling) as councils write it. Pure: the clock is a
 * parameter, and the council's zone decides the date (summer and winter time alike).
 */

/**
 * "onsdag 18. september kl. 10.00–12.30". The year is left out when the meeting
 * is in the year the notice is sent, as notices do; a notice sent in December
 * for a January meeting says "onsdag 14. januar 2026 kl. 10.00–12.30".
 */
export function noticeTime(
  meeting: { startsAt: string; endsAt: string },
  timeZone: string,
  language: Language,
  now: Date,
): string {
  const meetingYear = DateTime.fromISO(meeting.startsAt, { zone: timeZone }).year;
  const thisYear = DateTime.fromJSDate(now, { zone: timeZone }).year;
  return formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language, { withYear: meetingYear !== thisYear });
}

/** "23/26 Godkjenning av innkalling og referat"; just the title while an item has no number yet. */
export function caseHeading(item: { caseNumber?: CaseNumber; title: string }): string {
  return item.caseNumber ? `${formatCaseNumber(item.caseNumber)} ${item.title}` : item.title;
}

/** "23/26–29/26": the span of a block of case numbers, for telling the secretary what a lock will take. */
export function caseNumberSpan(numbers: readonly CaseNumber[]): string {
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (!first || !last) return '';
  return first === last ? formatCaseNumber(first) : `${formatCaseNumber(first)}–${formatCaseNumber(last)}`;
}
