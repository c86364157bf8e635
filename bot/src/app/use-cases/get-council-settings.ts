import { DateTime } from 'luxon';
import { settingsOf, type CouncilSettingsView } from '../../domain/council-settings';
import { votingMembersOn } from '../../domain/quorum';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';

/** The council's settings with their ETag, and the counter's state the case-number start is checked against. */
export async function getCouncilSettings(deps: AppDeps, principal: Principal, councilId: string): Promise<CouncilSettingsView> {
  const { council, roster, now, today } = await loadScope(deps, { principal, councilId });
  const currentYear = DateTime.fromJSDate(now, { zone: council.value.timeZone }).year;
  const years = [currentYear, currentYear + 1];
  const counters = await Promise.all(years.map((year) => deps.caseNumbers.nextFree(councilId, year)));
  return {
    settings: settingsOf(council.value),
    etag: council.etag,
    currentYear,
    nextFree: years.flatMap((year, i) => (counters[i] === undefined ? [] : [{ year, next: counters[i] }])),
    votingMembers: votingMembersOn(
      roster.map((m) => m.value),
      today,
    ).length,
  };
}
