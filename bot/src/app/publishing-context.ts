import { calendarDate } from '../domain/calendar-date';
import type { Council } from '../domain/council';
import { NotFound } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import { requireManager, requireMember } from './authorize';
import type { AppDeps, Principal } from './deps';
import type { Versioned, VersionedWorkingSet } from './ports';

/** What the publishing use cases start from: the council, the secretary or chair asking, the meeting and its partition. */
export interface PublishingContext {
  council: Council;
  manager: Member;
  meeting: Versioned<Meeting>;
  work: VersionedWorkingSet;
  now: Date;
}

/** Loads and authorizes: only the secretary and the chair publish (Forbidden, 403, for anyone else). */
export async function loadForPublishing(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
  action: string,
): Promise<PublishingContext> {
  const [council, roster] = await Promise.all([deps.councils.get(councilId), deps.members.listRoster(councilId)]);
  if (!council) throw new NotFound('council');
  const now = deps.clock();
  const manager = requireManager(requireMember(roster, principal, calendarDate(now, council.value.timeZone)), action);
  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  const work = await deps.work.load(councilId, meetingId);
  return { council: council.value, manager, meeting, work, now };
}
