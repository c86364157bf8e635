import { DateTime } from 'luxon';
import type { AgendaItem } from '../domain/agenda';
import type { Attendance, AttendanceAnswer } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import { isWorkingDay } from '../domain/norwegian-holidays';
import { DEMO_COUNCIL_ID } from './demo-ids';

/** Builders the demo's data files share (pure: every date comes from the seeding day passed in). */

export const DEMO_ZONE = 'Europe/Oslo';

export interface MeetingTimes {
  start: DateTime;
  end: DateTime;
}

/** A working day at 10.00–12.30 Oslo time, `days` from today or a little later (no council meets on Christmas Day). */
export function meetingTimes(now: Date, days: number): MeetingTimes {
  let start = DateTime.fromJSDate(now, { zone: DEMO_ZONE })
    .plus({ days })
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  while (!isWorkingDay(start)) start = start.plus({ days: 1 });
  return { start, end: start.set({ hour: 12, minute: 30 }) };
}

export const iso = (dt: DateTime): string => dt.toUTC().toISO() ?? '';

/** A meeting still collecting (the seed moves it on through the use cases), with its id from its date. */
export function demoMeeting(times: MeetingTimes, place: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id: `m-${times.start.toISODate()}`,
    councilId: DEMO_COUNCIL_ID,
    status: 'collecting',
    startsAt: iso(times.start),
    endsAt: iso(times.end),
    place,
    proposalDeadline: iso(times.start.minus({ days: 14 })),
    noticeDeadline: iso(times.start.minus({ days: 7 })),
    ...extra,
  };
}

export function agendaItem(
  meetingId: string,
  id: string,
  order: number,
  title: string,
  kind: AgendaItem['kind'],
  extra: Partial<AgendaItem> = {},
): AgendaItem {
  return { id, meetingId, order, title, kind, ...extra };
}

/** Godkjenning av innkalling og referat first, Eventuelt last. */
export function standardItems(meetingId: string, approval: Partial<AgendaItem> = {}): AgendaItem[] {
  return [
    agendaItem(meetingId, 'approval', 0, 'Godkjenning av innkalling og referat', 'decision', {
      standard: 'approval',
      responsible: 'Megan Bowen',
      ...approval,
    }),
    agendaItem(meetingId, 'any-other-business', 1000, 'Eventuelt', 'discussion', { standard: 'anyOtherBusiness' }),
  ];
}

/** A member's answer, given `daysBefore` the meeting. */
export function answer(meeting: Meeting, memberId: string, a: AttendanceAnswer, daysBefore: number): Attendance {
  const answeredAt = DateTime.fromISO(meeting.startsAt, { zone: 'utc' }).minus({ days: daysBefore });
  return { meetingId: meeting.id, memberId, answer: a, answeredAt: iso(answeredAt) };
}
