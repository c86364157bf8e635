import { NotFound } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { assertRosterChange, memberFromDraft, type MemberDraft } from '../../domain/roster-rules';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface UpdateMemberInput {
  principal: Principal;
  councilId: string;
  memberId: string;
  draft: MemberDraft;
  etag: string;
}

/** Edits a member's role, organisation, title, deputies, editorial board, language and start date. The end date is left as it is. */
export async function updateMember(deps: AppDeps, input: UpdateMemberInput): Promise<Versioned<Member>> {
  const { principal, councilId, memberId, draft, etag } = input;
  const { roster, today } = await loadScope(deps, { principal, councilId, managerAction: 'edit a member' });
  const stored = roster.find((m) => m.value.aadObjectId === memberId);
  if (!stored) throw new NotFound('member');
  requireSameVersion(stored, etag, 'member');
  const after = memberFromDraft(stored.value, draft, stored.value.activeTo);
  assertRosterChange(
    roster.map((m) => m.value),
    stored.value,
    after,
    today,
  );
  return deps.members.update(after, etag);
}
