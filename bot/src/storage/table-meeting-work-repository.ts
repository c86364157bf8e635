import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
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
} from '../app/ports';
import { ConcurrentEdit, InvalidValue, NotFound } from '../domain/errors';
import { publicationRowId } from '../domain/agenda-publication';
import { MINUTES_ROW_ID } from '../domain/minutes';
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
} from '../schemas/domain-schemas';
import { dataProperties, decodeValue, encodeRow, etagOf, MAX_JSON_CHARS, MAX_SPLIT_JSON_CHARS, type JsonRow } from './json-row';
import { LONG_TEXT_MAX_CHARS, writeLongTextEntity } from './long-text-properties';
import { isConflict, isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

/** An entity-group transaction holds at most 100 operations … */
export const MAX_BATCH = 100;
/** … and at most 4 MiB of payload; we keep a margin for the multipart framing. */
export const MAX_BATCH_BYTES = 3.5 * 1024 * 1024;

/** What a row of one kind is: the schema it is checked with, its meeting, and its id within the meeting. */
export interface KindSpec<K extends WorkKind> {
  schema: z.ZodType<WorkKinds[K]>;
  /** How much JSON a row may hold; more than one property's worth is split (json-row.ts). */
  maxChars?: number;
  meetingOf: (value: WorkKinds[K]) => string;
  rowId: (value: WorkKinds[K]) => string;
}

const SPECS: { [K in WorkKind]: KindSpec<K> } = {
  item: { schema: agendaItemSchema, meetingOf: (v) => v.meetingId, rowId: (v) => v.id },
  proposal: { schema: proposalSchema, meetingOf: (v) => v.meetingId, rowId: (v) => v.id },
  attendance: { schema: attendanceSchema, meetingOf: (v) => v.meetingId, rowId: (v) => v.memberId },
  inputRequest: { schema: inputRequestSchema, meetingOf: (v) => v.meetingId, rowId: (v) => v.id },
  input: { schema: writtenInputSchema, meetingOf: (v) => v.meetingId, rowId: memberAnswerRowId },
  // A published agenda of MAX_AGENDA_ITEMS items with the longest titles is ~50,000 characters.
  publication: {
    schema: agendaPublicationSchema,
    maxChars: MAX_SPLIT_JSON_CHARS,
    meetingOf: (v) => v.meetingId,
    rowId: (v) => publicationRowId(v.revision),
  },
  inputNotice: { schema: inputNoticeSchema, meetingOf: (v) => v.meetingId, rowId: memberAnswerRowId },
  // Attendance of a whole council and every amendment: can outgrow one property.
  minutes: {
    schema: meetingMinutesSchema,
    maxChars: MAX_SPLIT_JSON_CHARS,
    meetingOf: (v) => v.meetingId,
    rowId: () => MINUTES_ROW_ID,
  },
  minutesItem: {
    schema: minutesItemSchema,
    maxChars: MAX_SPLIT_JSON_CHARS,
    meetingOf: (v) => v.meetingId,
    rowId: (v) => v.itemId,
  },
};

/** Every row kind of a meeting's working set. */
export const WORK_KINDS = Object.keys(SPECS) as WorkKind[];

/** The spec of one kind (the in-memory fake stores rows by the same identity). */
export function workKindSpec<K extends WorkKind>(kind: K): KindSpec<K> {
  return SPECS[kind];
}

/**
 * How much JSON a row of this kind may hold. Written input is long text (up to
 * ten answers of 8,000 characters) and the published agenda can be large: both
 * are split across properties (long-text-properties.ts), so whatever the card
 * or the agenda accepts is stored. Every other kind is one property.
 */
export function maxJsonCharsOf(kind: WorkKind): number {
  if (kind === 'input') return LONG_TEXT_MAX_CHARS;
  return SPECS[kind].maxChars ?? MAX_JSON_CHARS;
}

/** Rows that may span several properties are written whole (see writeLongTextEntity). */
function holdsLongText(kind: WorkKind): boolean {
  return maxJsonCharsOf(kind) > MAX_JSON_CHARS;
}

/** A member's row for one request (their written input, their notice): `requestId~memberId`. */
export function memberAnswerRowId(key: { requestId: string; memberId: string }): string {
  return `${key.requestId}~${key.memberId}`;
}

/** The row id a port caller names, as it is stored. */
export function rowIdOf<K extends WorkKind>(id: WorkRowId<K>): string {
  const key: string | { requestId: string; memberId: string } = id;
  return typeof key === 'string' ? key : memberAnswerRowId(key);
}

/** Refuses a change of more rows than one entity-group transaction holds (checked before the rows are encoded). */
export function checkBatchLength(changes: readonly WorkChange[]): void {
  if (changes.length > MAX_BATCH) {
    throw new InvalidValue(
      'changes',
      { problem: 'tooMany', params: { max: MAX_BATCH } },
      `at most ${MAX_BATCH} rows can change together`,
    );
  }
}

/**
 * Refuses encoded rows (`kind~id`, bytes of JSON) that name one row twice, or
 * that with the multipart framing (512 bytes a row) are more than one
 * transaction carries.
 */
export function checkBatchRows(rows: readonly { key: string; bytes: number }[]): void {
  if (new Set(rows.map((r) => r.key)).size !== rows.length)
    throw new InvalidValue('changes', { problem: 'duplicate' }, 'the same row appears twice in one change');
  const bytes = rows.reduce((sum, r) => sum + r.bytes + 512, 0);
  if (bytes > MAX_BATCH_BYTES)
    throw new InvalidValue('changes', { problem: 'tooMuchData' }, 'too much to save in one change; save fewer rows at a time');
}

export function workPartition(councilId: string, meetingId: string): string {
  return `${councilId}~${meetingId}`;
}

/**
 * A meeting's working set in one partition (`councilId~meetingId`), each row
 * keyed `kind~id`. The whole package is one partition query; multi-row changes
 * are one entity-group transaction.
 */
export class TableMeetingWorkRepository implements MeetingWorkRepository {
  private readonly client: TableClient;
  constructor(tables: TableClientFactory) {
    this.client = tables('meetingWork');
  }

  async load(councilId: string, meetingId: string): Promise<VersionedWorkingSet> {
    const set: VersionedWorkingSet = {
      item: [],
      proposal: [],
      attendance: [],
      inputRequest: [],
      input: [],
      publication: [],
      inputNotice: [],
      minutes: [],
      minutesItem: [],
    };
    const query = this.client.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${workPartition(councilId, meetingId)}` },
    });
    for await (const entity of query) {
      const kind = entity['kind'];
      if (!isWorkKind(kind)) throw new Error(`Unknown row kind ${String(kind)} in ${entity.partitionKey}`);
      pushRow(set, kind, entity);
    }
    return set;
  }

  async get<K extends WorkKind>(
    councilId: string,
    meetingId: string,
    kind: K,
    id: WorkRowId<K>,
  ): Promise<Versioned<WorkKinds[K]> | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(
        workPartition(councilId, meetingId),
        `${kind}~${rowIdOf<K>(id)}`,
      );
      return { value: decodeValue(SPECS[kind].schema, entity, kind), etag: etagOf(entity) };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async create<K extends WorkKind>(councilId: string, kind: K, value: WorkKinds[K]): Promise<Versioned<WorkKinds[K]>> {
    const { row, stored } = this.row(councilId, kind, value);
    try {
      const etag = holdsLongText(kind)
        ? await writeLongTextEntity(this.client, ['create', row])
        : etagOf(await this.client.createEntity(row));
      return { value: stored, etag };
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(kind);
      throw error;
    }
  }

  async update<K extends WorkKind>(
    councilId: string,
    kind: K,
    value: WorkKinds[K],
    etag: string,
  ): Promise<Versioned<WorkKinds[K]>> {
    const { row, stored } = this.row(councilId, kind, value);
    try {
      const newEtag = holdsLongText(kind)
        ? await writeLongTextEntity(this.client, ['update', row, 'Replace', { etag }])
        : etagOf(await this.client.updateEntity(row, 'Replace', { etag }));
      return { value: stored, etag: newEtag };
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(kind);
      if (isNotFound(error)) throw new NotFound(kind);
      throw error;
    }
  }

  check(councilId: string, meetingId: string, changes: readonly WorkChange[]): void {
    this.encodeBatch(councilId, meetingId, changes);
  }

  async apply(councilId: string, meetingId: string, changes: readonly WorkChange[]): Promise<AppliedRow[]> {
    if (changes.length === 0) return [];
    const encoded = this.encodeBatch(councilId, meetingId, changes);
    const rows = encoded.map((e) => e.row);
    const actions: TransactionAction[] = rows.map((row, i) => {
      const change = changes[i]!;
      return change.op === 'create' ? ['create', row] : ['update', row, 'Replace', { etag: change.etag }];
    });
    let response;
    try {
      response = await this.client.submitTransaction(actions);
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit('agenda');
      throw error;
    }
    // The service answers each operation in the order it was sent.
    return encoded.map(({ stored }, i): AppliedRow => {
      const etag = response.subResponses[i]?.etag;
      if (etag === undefined) throw new Error(`the batch for ${meetingId} answered without an ETag for row ${i}`);
      return { kind: changes[i]!.kind, value: stored, etag } as AppliedRow;
    });
  }

  /** Encodes and checks a whole batch first: a bad batch is refused before anything is sent. */
  private encodeBatch(
    councilId: string,
    meetingId: string,
    changes: readonly WorkChange[],
  ): { row: JsonRow; stored: WorkKinds[WorkKind]; bytes: number }[] {
    checkBatchLength(changes);
    const encoded = changes.map((change) => this.row(councilId, change.kind, change.value, meetingId));
    checkBatchRows(encoded.map((e) => ({ key: e.row.rowKey, bytes: e.bytes })));
    return encoded;
  }

  /** `expectedMeeting` guards a batch against rows of another meeting (another partition). */
  private row<K extends WorkKind>(
    councilId: string,
    kind: K,
    value: WorkKinds[K],
    expectedMeeting?: string,
  ): { row: JsonRow; stored: WorkKinds[K]; bytes: number } {
    const spec = SPECS[kind];
    const ownMeeting = spec.meetingOf(value);
    if (expectedMeeting !== undefined && ownMeeting !== expectedMeeting) {
      throw new InvalidValue('meetingId', { problem: 'otherMeeting' }, `${kind} belongs to another meeting`);
    }
    const maxChars = maxJsonCharsOf(kind);
    const { json, stored } = encodeRow(spec.schema, value, maxChars);
    return {
      row: {
        partitionKey: workPartition(councilId, ownMeeting),
        rowKey: `${kind}~${spec.rowId(stored)}`,
        kind,
        ...dataProperties(json, maxChars),
      },
      stored,
      bytes: Buffer.byteLength(json, 'utf8'),
    };
  }
}

function isWorkKind(value: unknown): value is WorkKind {
  return typeof value === 'string' && (WORK_KINDS as string[]).includes(value);
}

function pushRow<K extends WorkKind>(set: VersionedWorkingSet, kind: K, entity: Parameters<typeof decodeValue>[1]): void {
  const list = set[kind] as Versioned<WorkKinds[K]>[];
  list.push({ value: decodeValue(SPECS[kind].schema, entity, kind), etag: etagOf(entity) });
}
