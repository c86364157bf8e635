import { NotFound } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { assertRosterChange } from '../../domain/roster-rules';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

/** Which member someone wants to change, on the ETag they read. */
export interface MemberTarget {
  principal: Principal;
  councilId: string;
  memberId: string;
  etag: string;
}

/**
 * The steps every change of an existing member shares: the secretary or
 * chair (`managerAction` names what a 403 refuses), the member as read, the
 * roster rules checked on the whole roster, and the write on the same ETag.
 * `change` works out the member after (and throws what refuses it).
 */
export async function changeMember(
  deps: AppDeps,
  target: MemberTarget,
  managerAction: string,
  change: (stored: Member) => Member,
): Promise<Versioned<Member>> {
  const { principal, councilId, memberId, etag } = target;
  const { roster, today } = await loadScope(deps, { principal, councilId, managerAction });
  const stored = roster.find((m) => m.value.aadObjectId === memberId);
  if (!stored) throw new NotFound('member');
  requireSameVersion(stored, etag, 'member');
  const after = change(stored.value);
  assertRosterChange(
    roster.map((m) => m.value),
    stored.value,
    after,
    today,
  );
  return deps.members.update(after, etag);
}
