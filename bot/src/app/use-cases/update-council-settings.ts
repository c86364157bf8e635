import { DateTime } from 'luxon';
import { assertSettings, withSettings, type CouncilSettings } from '../../domain/council-settings';
import type { Council } from '../../domain/council';
import { votingMembersOn } from '../../domain/quorum';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface UpdateCouncilSettingsInput {
  principal: Principal;
  councilId: string;
  settings: CouncilSettings;
  etag: string;
}

/**
 * Changes the council's language, time zone, quorum threshold, case-number
 * start and who reads written input before the meeting.
 */
export async function updateCouncilSettings(deps: AppDeps, input: UpdateCouncilSettingsInput): Promise<Versioned<Council>> {
  const { principal, councilId, settings, etag } = input;
  const { council, roster, now, today } = await loadScope(deps, {
    principal,
    councilId,
    managerAction: 'change council settings',
  });
  requireSameVersion(council, etag, 'council');
  const start = settings.caseNumberStart;
  const nextFree = start === undefined ? undefined : await deps.caseNumbers.nextFree(councilId, start.year);
  assertSettings(council.value, settings, {
    currentYear: DateTime.fromJSDate(now, { zone: council.value.timeZone }).year,
    votingMembers: votingMembersOn(
      roster.map((m) => m.value),
      today,
    ).length,
    nextFree: (year) => (start !== undefined && year === start.year ? nextFree : undefined),
  });
  return deps.councils.update(withSettings(council.value, settings), etag);
}
