import { DateTime } from 'luxon';
import type { Council } from './council';
import type { CalendarEvent } from './icalendar';
import type { Meeting } from './meeting';

/** The words a meeting's calendar entry uses, in the council's language (texts/<lang>/calendar.ts). */
export interface MeetingEventTexts {
  summary: (council: string) => string;
  cancelledSummary: (council: string) => string;
  cancelledBecause: (reason: string) => string;
  packageLine: (url: string) => string;
  onlineLine: (url: string) => string;
}

/**
 * The calendar's UID of a meeting: from its key (council and meeting id), so
 * every export of the same meeting (its .ics, the year, the personal feed)
 * is one entry a calendar updates rather than a second one.
 */
export function meetingUid(meeting: Pick<Meeting, 'id' | 'councilId'>): string {
  return `meeting-${meeting.id}.${meeting.councilId}@utvalg`;
}

/** A meeting as a calendar entry; `packageUrl` is where its package opens (absent when the app has no address). */
export function meetingEvent(meeting: Meeting, council: Council, texts: MeetingEventTexts, packageUrl?: string): CalendarEvent {
  const cancelled = meeting.status === 'cancelled';
  const description = [
    cancelled && meeting.cancelledReason !== undefined ? texts.cancelledBecause(meeting.cancelledReason) : undefined,
    meeting.onlineLink !== undefined ? texts.onlineLine(meeting.onlineLink) : undefined,
    packageUrl !== undefined ? texts.packageLine(packageUrl) : undefined,
  ].filter((line): line is string => line !== undefined);
  const event: CalendarEvent = {
    uid: meetingUid(meeting),
    sequence: meeting.revision ?? 0,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: council.timeZone,
    summary: cancelled ? texts.cancelledSummary(council.name) : texts.summary(council.name),
    cancelled,
  };
  const location = meeting.place ?? meeting.onlineLink;
  if (location !== undefined) event.location = location;
  if (description.length > 0) event.description = description.join('\n');
  if (packageUrl !== undefined) event.url = packageUrl;
  return event;
}

/** The meetings that start in a calendar year in the council's zone (its møtekalender), earliest first. */
export function meetingsOfYear(meetings: readonly Meeting[], year: number, timeZone: string): Meeting[] {
  return meetings
    .filter((m) => DateTime.fromISO(m.startsAt, { zone: timeZone }).year === year)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/**
 * What a personal feed lists: meetings not yet over, cancelled ones included
 * (as cancelled), so a calendar that had one takes it out.
 */
export function meetingsForFeed(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings
    .filter((m) => Date.parse(m.endsAt) > now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
