import { NotFound } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { assertRosterChange } from '../../domain/roster-rules';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface EndMembershipInput {
  principal: Principal;
  councilId: string;
  memberId: string;
  activeTo: string;
  etag: string;
}

/**
 * Ends a membership on a given last day. Nothing is deleted: the person stays
 * in the minutes and attendance of every meeting they were part of, and loses
 * access to the council the day after.
 */
export async function endMembership(deps: AppDeps, input: EndMembershipInput): Promise<Versioned<Member>> {
  const { principal, councilId, memberId, activeTo, etag } = input;
  const { roster, today } = await loadScope(deps, { principal, councilId, managerAction: 'end a membership' });
  const stored = roster.find((m) => m.value.aadObjectId === memberId);
  if (!stored) throw new NotFound('member');
  requireSameVersion(stored, etag, 'member');
  const after: Member = { ...stored.value, activeTo };
  assertRosterChange(
    roster.map((m) => m.value),
    stored.value,
    after,
    today,
  );
  return deps.members.update(after, etag);
}
