import { writeCalendar } from '../../domain/icalendar';
import type { AppDeps, Principal } from '../deps';
import { languageOf, loadScope } from '../scope/request-scope';
import { meetingEvents, type CalendarFile } from '../support/meeting-events';

export interface ExportMeetingCalendarInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** One meeting as an .ics file ("Legg i kalender"). Every member may have it. */
export async function exportMeetingCalendar(deps: AppDeps, input: ExportMeetingCalendarInput): Promise<CalendarFile> {
  const scope = await loadScope(deps, input);
  const council = scope.council.value;
  const language = languageOf(scope);
  const events = meetingEvents(deps, council, [scope.meeting.value], language);
  return {
    fileName: 'meeting.ics',
    text: writeCalendar({ name: council.name, stampedAt: scope.now.toISOString(), events }),
  };
}
