import { writeCalendar } from '../../domain/icalendar';
import { meetingsOfYear } from '../../domain/meeting-calendar';
import { textsFor } from '../../texts/catalogue';
import type { AppDeps, Principal } from '../deps';
import { languageOf, loadScope } from '../scope/request-scope';
import { meetingEvents, type CalendarFile } from '../support/meeting-events';

export interface ExportYearCalendarInput {
  principal: Principal;
  councilId: string;
  year: number;
}

/** Every meeting the council holds (or cancelled) in a calendar year, as one .ics file: its møtekalender. Members only. */
export async function exportYearCalendar(deps: AppDeps, input: ExportYearCalendarInput): Promise<CalendarFile> {
  const { principal, councilId, year } = input;
  const scope = await loadScope(deps, { principal, councilId });
  const council = scope.council.value;
  const language = languageOf(scope);
  const meetings = meetingsOfYear(
    (await deps.meetings.list(councilId)).map((m) => m.value),
    year,
    council.timeZone,
  );
  return {
    fileName: `${year}.ics`,
    text: writeCalendar({
      name: textsFor(language).calendar.yearName(council.name, year),
      stampedAt: scope.now.toISOString(),
      events: meetingEvents(deps, council, meetings, language),
    }),
  };
}
