import { canManageMeetings } from '../../domain/member';
import { compareMembers, quorumSummary, readerRoster, type RosterView } from '../../domain/roster-view';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';

export interface ListRosterInput {
  principal: Principal;
  councilId: string;
}

/**
 * The council's roster. Secretary and chair get everyone, former members
 * included, with ETags for editing; other members get today's members with
 * the fields the minutes show anyway.
 */
export async function listRoster(deps: AppDeps, input: ListRosterInput): Promise<RosterView> {
  const { principal, councilId } = input;
  const { council, roster, me, today } = await loadScope(deps, { principal, councilId });
  const members = roster.map((r) => r.value);
  const base = {
    council: {
      id: council.value.id,
      name: council.value.name,
      language: council.value.language,
      timeZone: council.value.timeZone,
    },
    today,
    quorum: quorumSummary(council.value.quorumRule, members, today),
  };
  if (!canManageMeetings(me)) return { ...base, access: 'read', members: readerRoster(members, today) };
  return {
    ...base,
    access: 'manage',
    members: [...roster].sort((a, b) => compareMembers(a.value, b.value)).map((r) => ({ member: r.value, etag: r.etag })),
  };
}
