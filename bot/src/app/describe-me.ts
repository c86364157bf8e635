import { calendarDate } from '../domain/calendar-date';
import type { Language } from '../domain/language';
import { isActiveOn, type Role } from '../domain/member';
import type { AppDeps, Principal } from './deps';

export interface MyCouncil {
  id: string;
  name: string;
  role: Role;
  language: Language;
}

export interface Me {
  aadObjectId: string;
  tenantId: string;
  name: string;
  councils: MyCouncil[];
}

/** The councils a person is an active member of, with their role and language. */
export async function describeMe(deps: AppDeps, principal: Principal): Promise<Me> {
  const ids = await deps.members.councilsOf(principal.tenantId, principal.aadObjectId);
  const councils: MyCouncil[] = [];
  let name = '';
  for (const id of ids) {
    const [council, member] = await Promise.all([deps.councils.get(id), deps.members.get(id, principal.aadObjectId)]);
    if (!council || !member || member.value.tenantId !== principal.tenantId) continue;
    if (!isActiveOn(member.value, calendarDate(deps.clock(), council.value.timeZone))) continue;
    name = member.value.name;
    councils.push({
      id,
      name: council.value.name,
      role: member.value.role,
      language: member.value.language ?? council.value.language,
    });
  }
  return { aadObjectId: principal.aadObjectId, tenantId: principal.tenantId, name, councils };
}
