import type { MeetingPackage } from '../../domain/meeting-package';
import { meetingPackageFor, readerOf } from '../support/meeting-package-for';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';

export interface LoadMeetingPackageInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * The meeting package for a council member: point reads of council and
 * meeting with one roster query (one round trip), then, after the checks, the
 * working set and the council's open follow-ups (a second round trip).
 */
export async function loadMeetingPackage(deps: AppDeps, input: LoadMeetingPackageInput): Promise<MeetingPackage> {
  const scope = await loadScope(deps, input);
  return meetingPackageFor(deps, scope, readerOf(scope.me));
}
