import type { FollowUpEntry } from '../../contracts/follow-ups';
import { NotFound } from '../../domain/errors';
import { markFollowUpDone } from '../../domain/follow-up';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf } from '../scope/request-scope';
import { followUpEntries } from '../support/follow-up-entries';

export interface MarkFollowUpDoneInput {
  principal: Principal;
  councilId: string;
  followUpId: string;
  note: string;
  /**
   * The ETag the tab read the follow-up with. A card press has none worth
   * sending (the card may be days old): the row is read and updated with the
   * ETag just read, so two presses at once still cannot both write.
   */
  etag?: string;
}

/**
 * Marks a follow-up done with a note: the secretary or chair any, a member
 * their own. A repeated press with the same note changes nothing.
 */
export async function markFollowUpDoneFor(
  deps: AppDeps,
  input: MarkFollowUpDoneInput,
): Promise<{ entry: FollowUpEntry; changed: boolean }> {
  const { principal, councilId, followUpId } = input;
  // Loaded together; the follow-up is used only once the membership check has passed.
  const [scope, current] = await Promise.all([
    loadScope(deps, { principal, councilId }),
    deps.followUps.get(councilId, followUpId),
  ]);
  if (!current) throw new NotFound('follow-up');
  const roster = membersOf(scope);
  const { followUp, changed } = markFollowUpDone(current.value, scope.me, input.note, scope.now);
  if (!changed) return { entry: followUpEntries([current], roster)[0]!, changed };
  const stored = await deps.followUps.update(followUp, input.etag ?? current.etag);
  return { entry: followUpEntries([stored], roster)[0]!, changed };
}
