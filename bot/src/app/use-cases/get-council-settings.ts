import { DateTime } from 'luxon';
import { settingsOf, type CouncilSettingsView } from '../../domain/council-settings';
import { votingMembersOn } from '../../domain/quorum';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';

export interface GetCouncilSettingsInput {
  principal: Principal;
  councilId: string;
}

/** The council's settings with their ETag, and the counter's state the case-number start is checked against. */
export async function getCouncilSettings(deps: AppDeps, input: GetCouncilSettingsInput): Promise<CouncilSettingsView> {
  const { principal, councilId } = input;
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
