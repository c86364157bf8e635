import { DEFAULT_ARCHIVE_AFTER_MONTHS, isDueForArchive } from '../../domain/minutes-approval';
import { MINUTES_ROW_ID } from '../../domain/minutes';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';

export interface ArchiveDueMeetingsInput {
  principal: Principal;
  councilId: string;
}

/**
 * Moves approved meetings whose approval is older than the council's period
 * (default 12 months) to `archived`: read-only and out of the active lists.
 * Answers with the ids archived now; running it again archives nothing more.
 */
export async function archiveDueMeetings(deps: AppDeps, input: ArchiveDueMeetingsInput): Promise<{ archived: string[] }> {
  const scope = await loadScope(deps, { ...input, managerAction: 'archive meetings' });
  const months = scope.council.value.minutesArchiveMonths ?? DEFAULT_ARCHIVE_AFTER_MONTHS;
  const approved = (await deps.meetings.list(input.councilId)).filter((m) => m.value.status === 'minutesApproved');
  const archived: string[] = [];
  for (const meeting of approved) {
    const minutes = await deps.work.get(input.councilId, meeting.value.id, 'minutes', MINUTES_ROW_ID);
    if (!isDueForArchive(meeting.value, minutes?.value, scope.now, months)) continue;
    await deps.meetings.update({ ...meeting.value, status: 'archived' }, meeting.etag);
    archived.push(meeting.value.id);
  }
  return { archived };
}
