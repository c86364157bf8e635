import fc from 'fast-check';
import ical, { type VEvent } from 'node-ical';
import { foldLine, writeCalendar, type CalendarEvent } from '../../../bot/src/domain/icalendar';
import { meetingEvent, meetingUid } from '../../../bot/src/domain/meeting-calendar';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { aCouncil, aMeeting } from '../../support/storage-builders';

/** The calendar as a real parser (node-ical) reads it: its events by UID. */
function parse(text: string): Record<string, VEvent> {
  const parsed = ical.sync.parseICS(text);
  return Object.fromEntries(Object.values(parsed).flatMap((c) => (c?.type === 'VEVENT' ? [[c.uid, c]] : [])));
}

const anEvent = (uid: string, startsAt: string, endsAt: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid,
  sequence: 0,
  startsAt,
  endsAt,
  timeZone: 'Europe/Oslo',
  summary: 'Møte i Brukerutvalget',
  cancelled: false,
  ...overrides,
});
const STAMP = '2026-12-02T10:00:00.000Z';
const calendarOf = (...events: CalendarEvent[]) => writeCalendar({ name: 'Brukerutvalget', stampedAt: STAMP, events });

describe('an .ics of meetings either side of both clock changes (Europe/Oslo, 2027)', () => {
  // Summer time starts Sunday 28 March and ends Sunday 31 October 2027; every meeting is 12:00–15:00 on the wall clock.
  const meetings = [
    anEvent('before-spring', '2027-03-25T11:00:00.000Z', '2027-03-25T14:00:00.000Z'),
    anEvent('after-spring', '2027-03-30T10:00:00.000Z', '2027-03-30T13:00:00.000Z'),
    anEvent('before-autumn', '2027-10-28T10:00:00.000Z', '2027-10-28T13:00:00.000Z'),
    anEvent('after-autumn', '2027-11-02T11:00:00.000Z', '2027-11-02T14:00:00.000Z'),
  ];
  const text = calendarOf(...meetings);

  it('reads back in a parser at the same instants, each 12:00–15:00 Oslo time', () => {
    const events = parse(text);
    for (const meeting of meetings) {
      const event = events[meeting.uid]!;
      expect([event.start.toISOString(), event.end!.toISOString()]).toEqual([meeting.startsAt, meeting.endsAt]);
      const wall = (d: Date) => d.toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
      expect([wall(event.start), wall(event.end!)]).toEqual(['12:00', '15:00']);
    }
  });

  it('writes local wall-clock times with the zone, not UTC', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270325T120000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20271028T120000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Oslo:20271102T150000\r\n');
  });

  it('describes the zone in a VTIMEZONE with the EU rule: last Sunday of March 02:00 and of October 03:00', () => {
    const zone = text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE'));
    expect(zone).toContain('TZID:Europe/Oslo');
    expect(zone).toMatch(
      /BEGIN:DAYLIGHT\r\nDTSTART:\d{4}0329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/,
    );
    expect(zone).toMatch(
      /BEGIN:STANDARD\r\nDTSTART:\d{4}1025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/,
    );
  });

  it('ends every line with CRLF', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('a zone without summer time', () => {
  it('has one observance with the same offset before and after', () => {
    const text = calendarOf(anEvent('utc', '2027-06-01T10:00:00.000Z', '2027-06-01T12:00:00.000Z', { timeZone: 'UTC' }));
    expect(text).toMatch(/BEGIN:STANDARD\r\nDTSTART:20260101T000000\r\nTZOFFSETFROM:\+0000\r\nTZOFFSETTO:\+0000/);
    expect(parse(text)['utc']!.start.toISOString()).toBe('2027-06-01T10:00:00.000Z');
  });
});

describe('line folding (RFC 5545 3.1)', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8');
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

  it('folds a line of æøå after at most 75 octets, never inside a character, and unfolds to the same text', () => {
    const summary = `Årsmøte i Brukerutvalget for Vestfold og Telemark: økonomi, særlige behov og søknader – ${'æøå'.repeat(20)}`;
    const text = calendarOf(anEvent('long', '2027-03-25T11:00:00.000Z', '2027-03-25T14:00:00.000Z', { summary }));
    const lines = text.split('\r\n');
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A character split between two lines would not decode on either.
      expect(() => strictUtf8.decode(Buffer.from(line, 'utf8'))).not.toThrow();
    }
    // A line is filled to the limit before it is folded, unless the next character would not fit.
    const summaryLine = lines[lines.findIndex((l) => l.startsWith('SUMMARY:'))]!;
    expect(octets(summaryLine)).toBeGreaterThanOrEqual(74);
    expect(parse(text)['long']!.summary).toBe(summary);
  });

  it('keeps any text whole through folding: æøå, emoji and other scripts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('æ', 'ø', 'å', 'Å', 'a', ' ', '😀', '字', 'é'), maxLength: 300 }),
        (value) => {
          const line = `DESCRIPTION:${value}`;
          const folded = foldLine(line);
          const parts = folded.split('\r\n');
          expect(parts.every((p) => octets(p) <= 75)).toBe(true);
          expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
          expect(folded.replace(/\r\n /g, '')).toBe(line);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('escapes commas, semicolons, backslashes and line breaks so a parser reads the text back', () => {
    // (A backslash before an "n" is left out: node-ical 0.27 unescapes "\\n" as a line break, which RFC 5545 does not.)
    const description = 'Sted: NAV Tønsberg, møterom 2; ta med\nsaksliste\\utkast';
    const text = calendarOf(
      anEvent('escaped', '2027-03-25T11:00:00.000Z', '2027-03-25T14:00:00.000Z', { description, location: 'Rom A, 2. etg.' }),
    );
    const event = parse(text)['escaped']!;
    expect(event.description).toBe(description);
    expect(event.location).toBe('Rom A, 2. etg.');
  });
});

describe("a meeting's calendar entry", () => {
  const council = aCouncil('bu-vt', { name: 'Brukerutvalget Vestfold' });
  const texts = textsFor('nb').calendar.event;
  const link = 'https://utvalg.example.no/tab/#/package/m-1';

  it('has a UID from the meeting key, its revision as SEQUENCE, and links to the package', () => {
    const meeting = aMeeting(council.id, 'm-1', '2027-03-25', { revision: 4 });
    const text = calendarOf(meetingEvent(meeting, council, texts, link));
    const event = parse(text)[meetingUid(meeting)]!;
    expect(event.uid).toBe(meetingUid({ id: 'm-1', councilId: 'bu-vt' }));
    expect(event.sequence).toBe(4);
    expect(event.status).toBe('CONFIRMED');
    expect(event.summary).toBe('Møte i Brukerutvalget Vestfold');
    expect(event.description).toContain(link);
    expect(text).toContain(`URL:${link.slice(0, 40)}`);
  });

  it('has a UID of its own in each council, even where two councils use the same meeting id', () => {
    expect(meetingUid({ id: 'm-1', councilId: 'a' })).not.toBe(meetingUid({ id: 'm-1', councilId: 'b' }));
  });

  it('is STATUS:CANCELLED with the reason when the meeting is cancelled', () => {
    const meeting = aMeeting(council.id, 'm-2', '2027-03-25', { status: 'cancelled', cancelledReason: 'For få påmeldte' });
    const event = parse(calendarOf(meetingEvent(meeting, council, texts)))[meetingUid(meeting)]!;
    expect(event.status).toBe('CANCELLED');
    expect(event.summary).toBe('Avlyst: møte i Brukerutvalget Vestfold');
    expect(event.description).toContain('For få påmeldte');
  });
});
