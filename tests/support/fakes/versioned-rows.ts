import type { z } from 'zod';
import type { Versioned } from '../../../bot/src/app/ports';
import { ConcurrentEdit, NotFound } from '../../../bot/src/domain/errors';
import { encodeRow } from '../../../bot/src/storage/json-row';

/** One stored row: the value as JSON text (so callers never share an object with the store) and its ETag. */
interface Row {
  json: string;
  etag: string;
}

let etags = 0;
/** A new ETag, never handed out before in this process (the Table service's are opaque strings too). */
export function nextEtag(): string {
  etags += 1;
  return `W/"fake-${etags}"`;
}

/**
 * Rows of one kind in partitions, as a table holds them: each value checked
 * with the same schema and size limit as the Table adapters (InvalidValue
 * before anything is kept), every update conditional on the ETag, and a
 * partition listed in RowKey order (ordinal, as the service sorts).
 */
export class VersionedRows<T> {
  private readonly partitions = new Map<string, Map<string, Row>>();

  constructor(
    private readonly schema: z.ZodType<T>,
    private readonly what: string,
    private readonly maxChars?: number,
  ) {}

  /** The value as it would be stored (trimmed, canonical instants); throws InvalidValue. */
  validate(value: T): T {
    return encodeRow(this.schema, value, this.maxChars).stored;
  }

  get(partitionKey: string, rowKey: string): Versioned<T> | undefined {
    const row = this.partitions.get(partitionKey)?.get(rowKey);
    return row ? this.read(row) : undefined;
  }

  has(partitionKey: string, rowKey: string): boolean {
    return this.partitions.get(partitionKey)?.has(rowKey) ?? false;
  }

  create(partitionKey: string, rowKey: string, value: T): Versioned<T> {
    const { json } = encodeRow(this.schema, value, this.maxChars);
    if (this.has(partitionKey, rowKey)) throw new ConcurrentEdit(this.what);
    return this.put(partitionKey, rowKey, json);
  }

  update(partitionKey: string, rowKey: string, value: T, etag: string): Versioned<T> {
    const { json } = encodeRow(this.schema, value, this.maxChars);
    this.checkUpdate(partitionKey, rowKey, etag);
    return this.put(partitionKey, rowKey, json);
  }

  /** Throws as update would (NotFound, ConcurrentEdit), writing nothing: for all-or-nothing batches. */
  checkUpdate(partitionKey: string, rowKey: string, etag: string): void {
    const current = this.partitions.get(partitionKey)?.get(rowKey);
    if (!current) throw new NotFound(this.what);
    if (current.etag !== etag) throw new ConcurrentEdit(this.what);
  }

  /** Replaces without a condition (the adapters' upserts). */
  replace(partitionKey: string, rowKey: string, value: T): Versioned<T> {
    return this.put(partitionKey, rowKey, encodeRow(this.schema, value, this.maxChars).json);
  }

  delete(partitionKey: string, rowKey: string): void {
    this.partitions.get(partitionKey)?.delete(rowKey);
  }

  /** Every row of every partition (a full scan). */
  listAll(): Versioned<T>[] {
    return [...this.partitions.keys()].flatMap((partitionKey) => this.listPartition(partitionKey));
  }

  listPartition(partitionKey: string): Versioned<T>[] {
    const rows = [...(this.partitions.get(partitionKey) ?? new Map<string, Row>()).entries()];
    rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return rows.map(([, row]) => this.read(row));
  }

  private put(partitionKey: string, rowKey: string, json: string): Versioned<T> {
    let partition = this.partitions.get(partitionKey);
    if (!partition) {
      partition = new Map();
      this.partitions.set(partitionKey, partition);
    }
    const row = { json, etag: nextEtag() };
    partition.set(rowKey, row);
    return this.read(row);
  }

  private read(row: Row): Versioned<T> {
    return { value: this.schema.parse(JSON.parse(row.json)), etag: row.etag };
  }
}
