import { DateTime } from 'luxon';

/**
 * A small iCalendar (RFC 5545) writer for what Utvalg publishes: one
 * VCALENDAR with one VTIMEZONE and VEVENTs. Hand-written rather than a
 * library because the generators we looked at (ical-generator) write no
 * VTIMEZONE themselves; what is left is escaping, byte folding and the zone.
 */

export interface CalendarEvent {
  uid: string;
  /** Raised on every change of the event, so a calendar replaces its copy. */
  sequence: number;
  /** UTC ISO instants; written as local times in the event's zone. */
  startsAt: string;
  endsAt: string;
  /** An IANA zone, e.g. Europe/Oslo (the council's). */
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled: boolean;
}

export interface Calendar {
  name: string;
  /** When this was written (DTSTAMP), a UTC ISO instant. */
  stampedAt: string;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** The calendar as an .ics text (CRLF line ends, folded lines). */
export function writeCalendar(calendar: Calendar): string {
  // One VTIMEZONE per zone the events use (a member's councils may keep different zones).
  const zones = [...new Set(calendar.events.map((e) => e.timeZone))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Utvalg//Utvalg//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(zones.length === 1 ? [`X-WR-TIMEZONE:${zones[0]}`] : []),
    ...zones.flatMap((zone) =>
      timeZoneLines(
        zone,
        calendar.events.filter((e) => e.timeZone === zone),
      ),
    ),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stampedAt)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stampedAt: string): string[] {
  const zone = event.timeZone;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(stampedAt)}`,
    `DTSTART;TZID=${zone}:${localStamp(event.startsAt, zone)}`,
    `DTEND;TZID=${zone}:${localStamp(event.endsAt, zone)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url !== undefined) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line after at most 75 octets, continuing with a space
 * (which counts in the next line's 75). Never inside a UTF-8 character:
 * "æøå" are two octets each, and a split one would be garbage in Outlook.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Octets of one code point in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

const utcStamp = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
const localStamp = (iso: string, zone: string): string => DateTime.fromISO(iso, { zone }).toFormat("yyyyMMdd'T'HHmmss");

/**
 * The zone's offsets as VTIMEZONE observances: every change of offset in the
 * years the events fall in (and the year before, so the first event has a
 * rule in force), read from the IANA data luxon uses: as a yearly RRULE
 * where the changes follow one, else one by one, so a zone whose rules
 * changed in those years is still described exactly.
 */
function timeZoneLines(zone: string, events: readonly CalendarEvent[]): string[] {
  const years = events.flatMap((e) => [DateTime.fromISO(e.startsAt, { zone }).year, DateTime.fromISO(e.endsAt, { zone }).year]);
  const from = Math.min(...years) - 1;
  const to = Math.max(...years);
  const changes = offsetChanges(zone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (changes.length === 0) {
    // A zone without changes in these years: one observance with its offset throughout.
    const start = DateTime.fromObject({ year: from, month: 1, day: 1 }, { zone });
    lines.push(
      ...observance('STANDARD', {
        onset: `${from}0101T000000`,
        fromOffset: start.offset,
        toOffset: start.offset,
        daylight: false,
        name: start.setLocale('en-GB').offsetNameShort ?? offsetText(start.offset),
      }),
    );
  }
  for (const group of groupByKind(changes)) {
    const first = group[0]!;
    const kind = first.daylight ? 'DAYLIGHT' : 'STANDARD';
    const rule = yearlyRule(group);
    if (rule !== undefined) lines.push(...observance(kind, first, rule));
    else for (const change of group) lines.push(...observance(kind, change));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', change: OffsetChange, rule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${change.onset}`,
    ...(rule !== undefined ? [`RRULE:${rule}`] : []),
    `TZOFFSETFROM:${offsetText(change.fromOffset)}`,
    `TZOFFSETTO:${offsetText(change.toOffset)}`,
    `TZNAME:${escapeText(change.name)}`,
    `END:${kind}`,
  ];
}

/** The changes of one kind (same offsets, same DST-ness), in order. */
function groupByKind(changes: readonly OffsetChange[]): OffsetChange[][] {
  const groups = new Map<string, OffsetChange[]>();
  for (const change of changes) {
    const key = `${change.daylight}|${change.fromOffset}|${change.toOffset}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()];
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The yearly RRULE the changes follow ("last Sunday of March at 02:00"), when
 * they fall once a year in consecutive years on the same weekday of the same
 * week of the same month at the same local time; otherwise undefined and the
 * changes are listed one by one. Outlook reads a rule most reliably.
 */
function yearlyRule(group: readonly OffsetChange[]): string | undefined {
  if (group.length < 2) return undefined;
  const shapes = group.map((change) => {
    const local = DateTime.fromFormat(change.onset, "yyyyMMdd'T'HHmmss", { zone: 'utc' });
    const last = local.day + 7 > (local.daysInMonth ?? 31);
    return {
      year: local.year,
      month: local.month,
      weekday: local.weekday,
      time: local.toFormat('HHmmss'),
      week: last ? -1 : Math.ceil(local.day / 7),
    };
  });
  const first = shapes[0]!;
  const same = shapes.every(
    (shape, i) =>
      shape.year === first.year + i &&
      shape.month === first.month &&
      shape.weekday === first.weekday &&
      shape.time === first.time &&
      shape.week === first.week,
  );
  return same ? `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${first.week}${WEEKDAYS[first.weekday - 1]}` : undefined;
}

interface OffsetChange {
  /** Local wall-clock time of the change in the offset before it (RFC 5545 3.6.5). */
  onset: string;
  fromOffset: number;
  toOffset: number;
  daylight: boolean;
  name: string;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Changes of UTC offset from the start of `fromYear` to the end of `toYear`, found day by day, then to the minute. */
function offsetChanges(zone: string, fromYear: number, toYear: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  let at = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  let offset = offsetAt(zone, at);
  for (; at < end; at += DAY_MS) {
    const next = offsetAt(zone, at + DAY_MS);
    if (next === offset) continue;
    // The change lies within (at, at + 1 day]: narrow it down to the minute.
    let low = at;
    let high = at + DAY_MS;
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / (2 * MINUTE_MS)) * MINUTE_MS;
      if (offsetAt(zone, mid) === offset) low = mid;
      else high = mid;
    }
    const after = DateTime.fromMillis(high, { zone });
    changes.push({
      onset: DateTime.fromMillis(high, { zone: 'utc' }).plus({ minutes: offset }).toFormat("yyyyMMdd'T'HHmmss"),
      fromOffset: offset,
      toOffset: next,
      daylight: after.isInDST,
      // English short names (CET, CEST) are what calendars show; the offset where a zone has none.
      name: after.setLocale('en-GB').offsetNameShort ?? offsetText(next),
    });
    offset = next;
  }
  return changes;
}

const offsetAt = (zone: string, millis: number): number => DateTime.fromMillis(millis, { zone }).offset;

/** +0100, -0330 */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
