import { InvalidValue } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { memberFromDraft, type MemberDraft } from '../../domain/roster-rules';
import { changeMember, type MemberTarget } from '../support/change-member';
import type { AppDeps } from '../deps';
import type { Versioned } from '../ports';

export interface ReactivateMemberInput extends MemberTarget {
  draft: MemberDraft;
}

/**
 * Brings a former member back (or takes back a planned end), with the role
 * and details in the form. A member has one term: the end date is cleared
 * and the start date is the one in the form, as the bot does when someone
 * rejoins the team (see roster-sync.ts).
 */
export async function reactivateMember(deps: AppDeps, input: ReactivateMemberInput): Promise<Versioned<Member>> {
  return changeMember(deps, input, 'reactivate a member', (stored) => {
    if (stored.activeTo === undefined)
      throw new InvalidValue('activeTo', { problem: 'notEnded' }, 'this membership has not been ended');
    return memberFromDraft(stored, input.draft);
  });
}
