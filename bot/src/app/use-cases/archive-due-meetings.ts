import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';
import { archiveDueInCouncil } from '../support/archive-council-meetings';

export interface ArchiveDueMeetingsInput {
  principal: Principal;
  councilId: string;
}

/**
 * Moves approved meetings whose approval is older than the council's period
 * (default 12 months) to `archived`: read-only and out of the active lists.
 * Answers with the ids archived now; running it again archives nothing more.
 * A meeting someone changed meanwhile is left for the next run (the hourly
 * sweep, archiveDueMeetingsInAllCouncils, or this one again).
 */
export async function archiveDueMeetings(deps: AppDeps, input: ArchiveDueMeetingsInput): Promise<{ archived: string[] }> {
  const scope = await loadScope(deps, { ...input, managerAction: 'archive meetings' });
  const outcome = await archiveDueInCouncil(deps, scope.council.value, scope.now);
  if (outcome.failure !== undefined) throw outcome.failure;
  return { archived: outcome.archived };
}
