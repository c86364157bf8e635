import type { AgendaItem } from '../../domain/agenda';
import { agendaChangesAreRecorded } from '../../domain/meeting-status';
import { agendaChangeRows, type AgendaChange } from './agenda-change-hook';
import type { AppDeps } from '../deps';
import type { MeetingScope } from '../scope/request-scope';
import type { Versioned, WorkChange } from '../ports';

/**
 * Writes an agenda change in one transaction, together with whatever the
 * change-log hook adds once the notice is out. `etags` are the If-Match values
 * the secretary sent for the items being updated. `unchanged` rows are written
 * as they were read, conditional on their ETags: the change was worked out
 * from them (a new item's place, an order of the whole list), so it fails
 * with ConcurrentEdit if any of them changed meanwhile.
 */
export async function applyAgendaChange(
  deps: AppDeps,
  ctx: MeetingScope,
  change: AgendaChange,
  etags: ReadonlyMap<string, string>,
  unchanged: readonly Versioned<AgendaItem>[] = [],
): Promise<void> {
  const meeting = ctx.meeting.value;
  const before = new Set(change.before.map((i) => i.id));
  const rows: WorkChange[] = change.after.map((value: AgendaItem) => {
    if (!before.has(value.id)) return { op: 'create', kind: 'item', value };
    const etag = etags.get(value.id);
    if (etag === undefined) throw new Error(`no ETag for item ${value.id}`);
    return { op: 'update', kind: 'item', value, etag };
  });
  const changeLog = agendaChangeRows(
    { meeting, by: ctx.me, at: ctx.now.toISOString(), recorded: agendaChangesAreRecorded(meeting.status) },
    change,
  );
  const written = new Set(change.after.map((i) => i.id));
  const guards = unchanged
    .filter((r) => !written.has(r.value.id))
    .map((r): WorkChange => ({ op: 'update', kind: 'item', value: r.value, etag: r.etag }));
  await deps.work.apply(ctx.council.value.id, meeting.id, [...rows, ...guards, ...changeLog]);
}
