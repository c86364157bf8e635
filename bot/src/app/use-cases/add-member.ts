import { ConcurrentEdit, InvalidValue } from '../../domain/errors';
import type { Member } from '../../domain/member';
import { assertRosterChange, memberFromDraft, type MemberDraft } from '../../domain/roster-rules';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface AddMemberInput {
  principal: Principal;
  councilId: string;
  /** The new member's details and their Entra object id. */
  person: MemberDraft & { aadObjectId: string };
}

/**
 * Adds a person to the roster by their Entra object id. Members normally
 * arrive from the team (the bot syncs joins and leaves); this is for someone
 * the secretary registers before they join the team, or who never will (a
 * deputy who only attends now and then). Someone already on the roster is
 * edited or reactivated instead, never added twice.
 */
export async function addMember(deps: AppDeps, input: AddMemberInput): Promise<Versioned<Member>> {
  const { principal, councilId, person } = input;
  const { council, roster, today } = await loadScope(deps, { principal, councilId, managerAction: 'add a member' });
  const { aadObjectId, ...draft } = person;
  if (roster.some((m) => m.value.aadObjectId === aadObjectId)) throw alreadyOnRoster();
  const member = memberFromDraft({ councilId, tenantId: council.value.tenantId, aadObjectId }, draft);
  assertRosterChange(
    roster.map((m) => m.value),
    undefined,
    member,
    today,
  );
  try {
    return await deps.members.create(member);
  } catch (error) {
    // Someone (the secretary in another window, or the bot syncing the team) added the same person first.
    if (error instanceof ConcurrentEdit) throw alreadyOnRoster();
    throw error;
  }
}

function alreadyOnRoster(): InvalidValue {
  return new InvalidValue(
    'aadObjectId',
    { problem: 'alreadyOnRoster' },
    'this person is already on the roster: edit or reactivate them instead',
  );
}
