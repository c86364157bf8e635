import { NotFound } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { loadCouncilContext } from './council-context';
import type { AppDeps, Principal } from './deps';
import type { Versioned } from './ports';

/** One meeting with its ETag, which an edit sends back. Every member may read it. */
export async function getMeeting(
  deps: AppDeps,
  principal: Principal,
  councilId: string,
  meetingId: string,
): Promise<Versioned<Meeting>> {
  await loadCouncilContext(deps, principal, councilId);
  const meeting = await deps.meetings.get(councilId, meetingId);
  if (!meeting) throw new NotFound('meeting');
  return meeting;
}
