import { calendarDate } from '../../domain/calendar-date';
import { isActiveOn } from '../../domain/member';
import type { DevCouncilPeople } from '../../contracts/me';
import type { AppDeps } from '../deps';

/** One council's people as dev mode's picker shows them (the tab reads the same type). */
export type { DevCouncilPeople };

export interface ListDevPeopleInput {
  firstCouncilId?: string;
}

/**
 * Dev mode only: the active people of every council in storage, grouped by
 * council (demo council first, then by name), so a council set up in another
 * tenant can be tried in the tab too.
 */
export async function listDevPeople(deps: AppDeps, input: ListDevPeopleInput = {}): Promise<DevCouncilPeople[]> {
  const { firstCouncilId } = input;
  const councils = await deps.councils.listAll();
  const groups = await Promise.all(
    councils.map(async (council): Promise<DevCouncilPeople> => {
      const today = calendarDate(deps.clock(), council.timeZone);
      const roster = await deps.members.listRoster(council.id);
      const people = roster
        .map((m) => m.value)
        .filter((m) => m.tenantId === council.tenantId && isActiveOn(m, today))
        .map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, role: m.role }));
      return { councilId: council.id, councilName: council.name, tenantId: council.tenantId, people };
    }),
  );
  const rank = (g: DevCouncilPeople): number => (g.councilId === firstCouncilId ? 0 : 1);
  return groups
    .filter((g) => g.people.length > 0)
    .sort((a, b) => rank(a) - rank(b) || a.councilName.localeCompare(b.councilName, 'nb'));
}
