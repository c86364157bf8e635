import type { FollowUpEntry } from '../../contracts/follow-ups';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf } from '../scope/request-scope';
import { followUpEntries } from '../support/follow-up-entries';

export interface ListOpenFollowUpsInput {
  principal: Principal;
  councilId: string;
}

/** The council's open follow-ups from every meeting, by due date; every member may read them (the package shows them). */
export async function listOpenFollowUps(deps: AppDeps, input: ListOpenFollowUpsInput): Promise<FollowUpEntry[]> {
  const [scope, rows] = await Promise.all([
    loadScope(deps, { principal: input.principal, councilId: input.councilId }),
    deps.followUps.listOpenFollowUps(input.councilId),
  ]);
  return followUpEntries(rows, membersOf(scope));
}
