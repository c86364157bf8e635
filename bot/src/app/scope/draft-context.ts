import { calendarDate } from '../../domain/calendar-date';
import type { DraftContext } from '../../domain/input-request-rules';
import { membersOf, type WorkScope } from './request-scope';

/** What the input-request draft rules check a secretary's draft against. */
export function draftContextOf(scope: WorkScope): DraftContext {
  return {
    meeting: scope.meeting.value,
    items: scope.work.item.map((r) => r.value),
    roster: membersOf(scope),
    meetingDate: calendarDate(scope.meeting.value.startsAt, scope.council.value.timeZone),
    now: scope.now,
  };
}
