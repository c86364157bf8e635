/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { z } from 'zod';
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
import { publicationRowId } from '../../../bot/src/domain/agenda-publication';
import { ConcurrentEdit, InvalidValue } from '../../../bot/src/domain/errors';
import { MINUTES_ROW_ID } from '../../../bot/src/domain/minutes';
import {
  agendaItemSchema,
  agendaPublicationSchema,
  attendanceSchema,
  inputNoticeSchema,
  inputRequestSchema,
  meetingMinutesSchema,
  minutesItemSchema,
  proposalSchema,
  writtenInputSchema,
} from '../../../bot/src/schemas/domain-schemas';
import { encodeRow, MAX_SPLIT_JSON_CHARS } from '../../../bot/src/storage/json-row';
import {
  MAX_BATCH,
  MAX_BATCH_BYTES,
  maxJsonCharsOf,
  memberAnswerRowId,
  rowIdOf,
} from '../../../bot/src/storage/table-meeting-work-repository';
import { VersionedRows } from './versioned-rows';

/** Which row of its meeting a value is: the same identity the Table adapter gives it (the contract suite checks). */
const IDENTITY: {
  [K in WorkKind]: { schema: z.ZodType<WorkKinds[K]>; id: (value: WorkKinds[K]) => string; maxChars?: number };
} = {
  item: { schema: agendaItemSchema, id: (v) => v.id },
  proposal: { schema: proposalSchema, id: (v) => v.id },
  attendance: { schema: attendanceSchema, id: (v) => v.memberId },
  inputRequest: { schema: inputRequestSchema, id: (v) => v.id },
  input: { schema: writtenInputSchema, id: memberAnswerRowId },
  publication: { schema: agendaPublicationSchema, id: (v) => publicationRowId(v.revision), maxChars: MAX_SPLIT_JSON_CHARS },
  inputNotice: { schema: inputNoticeSchema, id: memberAnswerRowId },
  minutes: { schema: meetingMinutesSchema, id: () => MINUTES_ROW_ID, maxChars: MAX_SPLIT_JSON_CHARS },
  minutesItem: { schema: minutesItemSchema, id: (v) => v.itemId, maxChars: MAX_SPLIT_JSON_CHARS },
};
const KINDS = Object.keys(IDENTITY) as WorkKind[];

type RowsByKind = { [K in WorkKind]: VersionedRows<WorkKinds[K]> };

/**
 * Meetings' working sets in memory: per meeting one partition, `apply` all or
 * nothing with the same limits as an entity-group transaction (100 rows,
 * 4 MiB, one meeting, each row once).
 */
export class InMemoryMeetingWorkRepository implements MeetingWorkRepository {
  private readonly rows: RowsByKind = {
    item: new VersionedRows(agendaItemSchema, 'item'),
    proposal: new VersionedRows(proposalSchema, 'proposal'),
    attendance: new VersionedRows(attendanceSchema, 'attendance'),
    inputRequest: new VersionedRows(inputRequestSchema, 'inputRequest'),
    input: new VersionedRows(writtenInputSchema, 'input', maxJsonCharsOf('input')),
    publication: new VersionedRows(agendaPublicationSchema, 'publication', MAX_SPLIT_JSON_CHARS),
    inputNotice: new VersionedRows(inputNoticeSchema, 'inputNotice'),
    minutes: new VersionedRows(meetingMinutesSchema, 'minutes', MAX_SPLIT_JSON_CHARS),
    minutesItem: new VersionedRows(minutesItemSchema, 'minutesItem', MAX_SPLIT_JSON_CHARS),
  };

  async load(councilId: string, meetingId: string): Promise<VersionedWorkingSet> {
    const partition = partitionOf(councilId, meetingId);
    return {
      item: this.rows.item.listPartition(partition),
      proposal: this.rows.proposal.listPartition(partition),
      attendance: this.rows.attendance.listPartition(partition),
      inputRequest: this.rows.inputRequest.listPartition(partition),
      input: this.rows.input.listPartition(partition),
      publication: this.rows.publication.listPartition(partition),
      inputNotice: this.rows.inputNotice.listPartition(partition),
      minutes: this.rows.minutes.listPartition(partition),
      minutesItem: this.rows.minutesItem.listPartition(partition),
    };
  }

  async get<K extends WorkKind>(
    councilId: string,
    meetingId: string,
    kind: K,
    id: WorkRowId<K>,
  ): Promise<Versioned<WorkKinds[K]> | undefined> {
    return this.table(kind).get(partitionOf(councilId, meetingId), rowIdOf<K>(id));
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
    if (changes.length > MAX_BATCH)
      throw new InvalidValue(
        'changes',
        { problem: 'tooMany', params: { max: MAX_BATCH } },
        `at most ${MAX_BATCH} rows can change together`,
      );
    const planned = changes.map((change) => {
      const { partition, id, json } = this.keyOf(councilId, change.kind, change.value);
      if (partition !== partitionOf(councilId, meetingId)) {
        throw new InvalidValue('meetingId', { problem: 'otherMeeting' }, `${change.kind} belongs to another meeting`);
      }
      return { change, partition, id, json };
    });
    const keys = new Set(planned.map((p) => `${p.change.kind}~${p.id}`));
    if (keys.size !== planned.length)
      throw new InvalidValue('changes', { problem: 'duplicate' }, 'the same row appears twice in one change');
    const bytes = planned.reduce((sum, p) => sum + Buffer.byteLength(p.json, 'utf8') + 512, 0);
    if (bytes > MAX_BATCH_BYTES)
      throw new InvalidValue('changes', { problem: 'tooMuchData' }, 'too much to save in one change; save fewer rows at a time');
    return planned;
  }

  private write(change: WorkChange, partition: string, id: string): AppliedRow {
    const table = this.table<WorkKind>(change.kind);
    const written =
      change.op === 'create' ? table.create(partition, id, change.value) : table.update(partition, id, change.value, change.etag);
    return { kind: change.kind, ...written } as AppliedRow;
  }

  private table<K extends WorkKind>(kind: K): VersionedRows<WorkKinds[K]> {
    if (!KINDS.includes(kind)) throw new Error(`Unknown row kind ${String(kind)}`);
    return this.rows[kind];
  }

  private keyOf<K extends WorkKind>(
    councilId: string,
    kind: K,
    value: WorkKinds[K],
  ): { partition: string; id: string; json: string } {
    const identity = IDENTITY[kind] as {
      schema: z.ZodType<WorkKinds[K]>;
      id: (value: WorkKinds[K]) => string;
      maxChars?: number;
    };
    const { json, stored } = encodeRow(identity.schema, value, maxJsonCharsOf(kind));
    return { partition: partitionOf(councilId, (stored as { meetingId: string }).meetingId), id: identity.id(stored), json };
  }
}

function partitionOf(councilId: string, meetingId: string): string {
  return `${councilId}~${meetingId}`;
}
