import type { Council } from '../domain/council';
import { formatDeadline, formatMeetingTime } from '../domain/date-format';
import type { Language } from '../domain/language';
import type { Meeting } from '../domain/meeting';

// How meetings read on cards: formatting only, no words (those live in bot/src/texts).

/** "torsdag 17. desember 2026 kl. 10.00–12.30", in the council's time zone. */
export function meetingTimeText(meeting: Meeting, council: Council, language: Language): string {
  return formatMeetingTime(meeting.startsAt, meeting.endsAt, council.timeZone, language);
}

/** Place and online link, as one line ('' when neither is set). */
export function meetingPlaceText(meeting: Meeting): string {
  return [meeting.place, meeting.onlineLink].filter((s) => s !== undefined && s !== '').join(' · ');
}

export function deadlineText(iso: string, council: Council, language: Language): string {
  return formatDeadline(iso, council.timeZone, language);
}
