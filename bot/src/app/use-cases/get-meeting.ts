import type { Meeting } from '../../domain/meeting';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { loadScope } from '../scope/request-scope';

export interface GetMeetingInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** One meeting with its ETag, which an edit sends back. Every member may read it. */
export async function getMeeting(deps: AppDeps, input: GetMeetingInput): Promise<Versioned<Meeting>> {
  const { principal, councilId, meetingId } = input;
  const { meeting } = await loadScope(deps, { principal, councilId, meetingId });
  return meeting;
}
