/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type {
  AppliedRow,
  MeetingWorkRepository,
  Versioned,
  VersionedWorkingSet,
  WorkChange,
  WorkKind,
  WorkKinds,
  WorkRowId,
} from '../../../bot/src/app/ports';
import { ConcurrentEdit, InvalidValue } from '../../../bot/src/domain/errors';
import { encodeRow } from '../../../bot/src/storage/json-row';
import {
  checkBatchLength,
  checkBatchRows,
  maxJsonCharsOf,
  rowIdOf,
  WORK_KINDS,
  workKindSpec,
  workPartition,
} from '../../../bot/src/storage/table-meeting-work-repository';
import { VersionedRows } from './versioned-rows';

type RowsByKind = { [K in WorkKind]: VersionedRows<WorkKinds[K]> };

/**
 * Meetings' working sets in memory: per meeting one partition, `apply` all or
 * nothing with the same limits as an entity-group transaction (100 rows,
 * 4 MiB, one meeting, each row once).
 */
export class InMemoryMeetingWorkRepository implements MeetingWorkRepository {
  /** Each kind checked with the Table adapter's schema and size limit, each row under the same id. */
  private readonly rows = Object.fromEntries(
    WORK_KINDS.map((kind) => [kind, new VersionedRows(workKindSpec(kind).schema, kind, maxJsonCharsOf(kind))]),
  ) as RowsByKind;

  async load(councilId: string, meetingId: string): Promise<VersionedWorkingSet> {
    const partition = workPartition(councilId, meetingId);
    return Object.fromEntries(WORK_KINDS.map((kind) => [kind, this.rows[kind].listPartition(partition)])) as VersionedWorkingSet;
  }

  async get<K extends WorkKind>(
    councilId: string,
    meetingId: string,
    kind: K,
    id: WorkRowId<K>,
  ): Promise<Versioned<WorkKinds[K]> | undefined> {
    return this.table(kind).get(workPartition(councilId, meetingId), rowIdOf<K>(id));
  }

  async create<K extends WorkKind>(councilId: string, kind: K, value: WorkKinds[K]): Promise<Versioned<WorkKinds[K]>> {
    const { partition, id } = this.keyOf(councilId, kind, value);
    return this.table(kind).create(partition, id, value);
  }

  async update<K extends WorkKind>(
    councilId: string,
    kind: K,
    value: WorkKinds[K],
    etag: string,
  ): Promise<Versioned<WorkKinds[K]>> {
    const { partition, id } = this.keyOf(councilId, kind, value);
    return this.table(kind).update(partition, id, value, etag);
  }

  check(councilId: string, meetingId: string, changes: readonly WorkChange[]): void {
    this.plan(councilId, meetingId, changes);
  }

  async apply(councilId: string, meetingId: string, changes: readonly WorkChange[]): Promise<AppliedRow[]> {
    if (changes.length === 0) return [];
    const planned = this.plan(councilId, meetingId, changes);
    // Check every condition before the first write: a refused batch changes nothing.
    for (const { change, partition, id } of planned) {
      const table = this.table(change.kind);
      if (change.op === 'create' && table.has(partition, id)) throw new ConcurrentEdit('agenda');
      if (change.op === 'update') {
        try {
          table.checkUpdate(partition, id, change.etag);
        } catch (error) {
          throw error instanceof ConcurrentEdit ? new ConcurrentEdit('agenda') : error;
        }
      }
    }
    return planned.map(({ change, partition, id }) => this.write(change, partition, id));
  }

  /** The same shape checks as storage's, before any condition is looked at. */
  private plan(councilId: string, meetingId: string, changes: readonly WorkChange[]) {
    checkBatchLength(changes);
    const planned = changes.map((change) => {
      const { partition, id, json } = this.keyOf(councilId, change.kind, change.value);
      if (partition !== workPartition(councilId, meetingId)) {
        throw new InvalidValue('meetingId', { problem: 'otherMeeting' }, `${change.kind} belongs to another meeting`);
      }
      return { change, partition, id, json };
    });
    checkBatchRows(planned.map((p) => ({ key: `${p.change.kind}~${p.id}`, bytes: Buffer.byteLength(p.json, 'utf8') })));
    return planned;
  }

  private write(change: WorkChange, partition: string, id: string): AppliedRow {
    const table = this.table<WorkKind>(change.kind);
    const written =
      change.op === 'create' ? table.create(partition, id, change.value) : table.update(partition, id, change.value, change.etag);
    return { kind: change.kind, ...written } as AppliedRow;
  }

  private table<K extends WorkKind>(kind: K): VersionedRows<WorkKinds[K]> {
    if (!WORK_KINDS.includes(kind)) throw new Error(`Unknown row kind ${String(kind)}`);
    return this.rows[kind];
  }

  private keyOf<K extends WorkKind>(
    councilId: string,
    kind: K,
    value: WorkKinds[K],
  ): { partition: string; id: string; json: string } {
    const spec = workKindSpec(kind);
    const { json, stored } = encodeRow(spec.schema, value, maxJsonCharsOf(kind));
    return { partition: workPartition(councilId, spec.meetingOf(stored)), id: spec.rowId(stored), json };
  }
}
