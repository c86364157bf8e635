import type { Council } from '../../domain/council';
import type { CalendarEvent } from '../../domain/icalendar';
import type { Language } from '../../domain/language';
import type { Meeting } from '../../domain/meeting';
import { meetingEvent } from '../../domain/meeting-calendar';
import { packageLinks } from '../../domain/tab-links';
import { textsFor } from '../../texts/catalogue';
import type { AppDeps } from '../deps';

/** A .ics file as routes send it. */
export interface CalendarFile {
  fileName: string;
  text: string;
}

/**
 * Meetings as calendar entries in a language, each linking to its package:
 * the Teams deep link when the app id is known (it opens the tab in Teams),
 * else the tab's web address.
 */
export function meetingEvents(
  deps: AppDeps,
  council: Council,
  meetings: readonly Meeting[],
  language: Language,
): CalendarEvent[] {
  const texts = textsFor(language);
  const settings = deps.tabLinks();
  return meetings.map((meeting) => {
    const links = packageLinks(settings, meeting.id, texts.package.nav);
    return meetingEvent(meeting, council, texts.calendar.event, links.teams ?? links.web);
  });
}
