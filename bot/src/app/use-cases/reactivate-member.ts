import { InvalidValue, NotFound } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { assertRosterChange, memberFromDraft, type MemberDraft } from '../../domain/roster-rules';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface ReactivateMemberInput {
  principal: Principal;
  councilId: string;
  memberId: string;
  draft: MemberDraft;
  etag: string;
}

/**
 * Brings a former member back (or takes back a planned end), with the role
 * and details in the form. A member has one term: the end date is cleared
 * and the start date is the one in the form, as the bot does when someone
 * rejoins the team (see roster-sync.ts).
 */
export async function reactivateMember(deps: AppDeps, input: ReactivateMemberInput): Promise<Versioned<Member>> {
  const { principal, councilId, memberId, draft, etag } = input;
  const { roster, today } = await loadScope(deps, { principal, councilId, managerAction: 'reactivate a member' });
  const stored = roster.find((m) => m.value.aadObjectId === memberId);
  if (!stored) throw new NotFound('member');
  requireSameVersion(stored, etag, 'member');
  if (stored.value.activeTo === undefined)
    throw new InvalidValue('activeTo', { problem: 'notEnded' }, 'this membership has not been ended');
  const after = memberFromDraft(stored.value, draft);
  assertRosterChange(
    roster.map((m) => m.value),
    stored.value,
    after,
    today,
  );
  return deps.members.update(after, etag);
}
