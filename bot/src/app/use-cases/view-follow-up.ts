import type { FollowUpEntry } from '../../contracts/follow-ups';
import { NotFound } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf, type CouncilScope } from '../scope/request-scope';
import { followUpEntries } from '../support/follow-up-entries';

/** One follow-up as a council member sees it (the card shows it), with the scope it was read in. */
export async function viewFollowUp(
  deps: AppDeps,
  input: { principal: Principal | undefined; councilId: string; followUpId: string },
): Promise<{ scope: CouncilScope; entry: FollowUpEntry }> {
  // Read together; the follow-up is used only once the membership check has passed.
  const [scope, row] = await Promise.all([
    loadScope(deps, { principal: input.principal, councilId: input.councilId }),
    deps.followUps.get(input.councilId, input.followUpId),
  ]);
  if (!row) throw new NotFound('follow-up');
  return { scope, entry: followUpEntries([row], membersOf(scope))[0]! };
}
