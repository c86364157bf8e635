import type { Member } from '../../domain/member';
import { changeMember, type MemberTarget } from '../support/change-member';
import type { AppDeps } from '../deps';
import type { Versioned } from '../ports';

export interface EndMembershipInput extends MemberTarget {
  activeTo: string;
}

/**
 * Ends a membership on a given last day. Nothing is deleted: the person stays
 * in the minutes and attendance of every meeting they were part of, and loses
 * access to the council the day after.
 */
export async function endMembership(deps: AppDeps, input: EndMembershipInput): Promise<Versioned<Member>> {
  return changeMember(deps, input, 'end a membership', (stored) => ({ ...stored, activeTo: input.activeTo }));
}
