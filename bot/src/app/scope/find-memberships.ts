import { calendarDate } from '../../domain/calendar-date';
import type { Council } from '../../domain/council';
import { isActiveOn, type Member } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';

export interface Membership {
  council: Council;
  member: Member;
}

/**
 * The councils a person is an active member of today (most people: one), in
 * the membership index's order. The one lookup of "where does this person
 * belong": the tab's "me", the language a card speaks, and "min status".
 */
export async function findMemberships(deps: AppDeps, principal: Principal | undefined): Promise<Membership[]> {
  if (!principal) return [];
  const now = deps.clock();
  const councilIds = await deps.members.councilsOf(principal.tenantId, principal.aadObjectId);
  const found = await Promise.all(
    councilIds.map(async (councilId) => {
      const [council, member] = await Promise.all([
        deps.councils.get(councilId),
        deps.members.get(councilId, principal.aadObjectId),
      ]);
      if (!council || !member || member.value.tenantId !== principal.tenantId) return undefined;
      return isActiveOn(member.value, calendarDate(now, council.value.timeZone))
        ? { council: council.value, member: member.value }
        : undefined;
    }),
  );
  return found.filter((m): m is Membership => m !== undefined);
}
