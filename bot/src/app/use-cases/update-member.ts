import type { Member } from '../../domain/member';
import { memberFromDraft, type MemberDraft } from '../../domain/roster-rules';
import { changeMember, type MemberTarget } from '../support/change-member';
import type { AppDeps } from '../deps';
import type { Versioned } from '../ports';

export interface UpdateMemberInput extends MemberTarget {
  draft: MemberDraft;
}

/** Edits a member's role, organisation, title, deputies, editorial board, language and start date. The end date is left as it is. */
export async function updateMember(deps: AppDeps, input: UpdateMemberInput): Promise<Versioned<Member>> {
  return changeMember(deps, input, 'edit a member', (stored) => memberFromDraft(stored, input.draft, stored.activeTo));
}
