import { Forbidden, NotCouncilMember } from '../../domain/errors';
import { canManageMeetings, isActiveOn, type Member } from '../../domain/member';
import type { Principal } from '../deps';
import type { Versioned } from '../ports';

/**
 * The principal's membership in a roster that was already loaded (so checking
 * costs no extra query). Former members keep their history but lose access.
 */
export function requireMember(roster: readonly Versioned<Member>[], principal: Principal, today: string): Member {
  const member = roster.find(
    (m) => m.value.aadObjectId === principal.aadObjectId && m.value.tenantId === principal.tenantId && isActiveOn(m.value, today),
  );
  if (!member) throw new NotCouncilMember();
  return member.value;
}

/** Only the secretary and the chair compile, lock and publish. */
export function requireManager(member: Member, action: string): Member {
  if (!canManageMeetings(member)) throw new Forbidden(action);
  return member;
}
