import type { AgendaItem } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import type { MeetingItems } from '../../domain/postponement';
import type { AppDeps } from '../deps';
import type { Versioned, VersionedWorkingSet } from '../ports';
import { runLimited } from './run-limited';

/** Partition reads in flight at once: enough to be quick, few enough not to crowd one request's storage budget. */
const PARALLEL_READS = 4;

/**
 * The agenda rows of the council's other meetings (cancelled ones skipped):
 * postponed items are offered from any earlier meeting, and any agenda may
 * have taken one up. One partition query per meeting — a council meets a few
 * times a year, so this stays a few dozen reads over many years.
 */
export async function otherAgendas(
  deps: AppDeps,
  meeting: Meeting,
  meetings: readonly Meeting[],
): Promise<MeetingItems<Versioned<AgendaItem>>[]> {
  const others = meetings.filter((m) => m.id !== meeting.id && m.status !== 'cancelled');
  const loaded = new Map<string, Versioned<AgendaItem>[]>();
  await runLimited(
    others.map((m) => async () => {
      loaded.set(m.id, (await deps.work.load(m.councilId, m.id)).item);
    }),
    PARALLEL_READS,
    (error) => {
      throw error;
    },
  );
  return others.map((m) => ({ meeting: m, rows: loaded.get(m.id) ?? [] }));
}

/** A meeting's working set and the other meetings' agendas, read together: what the agenda builder and its offers need. */
export async function agendaWithOthers(
  deps: AppDeps,
  meeting: Meeting,
): Promise<{ work: VersionedWorkingSet; others: MeetingItems<Versioned<AgendaItem>>[] }> {
  const [work, meetings] = await Promise.all([
    deps.work.load(meeting.councilId, meeting.id),
    deps.meetings.list(meeting.councilId),
  ]);
  const others = await otherAgendas(
    deps,
    meeting,
    meetings.map((m) => m.value),
  );
  return { work, others };
}
