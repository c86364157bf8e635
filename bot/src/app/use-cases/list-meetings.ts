import { calendarDate } from '../../domain/calendar-date';
import { NotFound } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import { requireMember } from '../scope/authorize';
import type { AppDeps, Principal } from '../deps';

export interface ListMeetingsInput {
  principal: Principal;
  councilId: string;
}

/** A council's meetings, past and upcoming, earliest first. Members only. */
export async function listMeetings(deps: AppDeps, input: ListMeetingsInput): Promise<Meeting[]> {
  const { principal, councilId } = input;
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  requireMember(roster, principal, calendarDate(deps.clock(), council.value.timeZone));
  const meetings = await deps.meetings.list(councilId);
  return meetings.map((m) => m.value).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
