import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { z } from 'zod';
import type { Versioned } from '../app/ports';
import { ConcurrentEdit, NotFound } from '../domain/errors';
import { dataProperties, decodeValue, encodeRow, etagOf, type JsonRow } from './json-row';
import { isConflict, isNotFound } from './storage-errors';

/**
 * One table whose rows each hold a domain value as JSON. Every update is
 * conditional on the ETag read (`@azure/data-tables` defaults to "*", which
 * would silently overwrite someone else's change).
 */
export class JsonTable<T> {
  constructor(
    private readonly client: TableClient,
    private readonly schema: z.ZodType<T>,
    private readonly what: string,
  ) {}

  async get(partitionKey: string, rowKey: string): Promise<Versioned<T> | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
      return { value: decodeValue(this.schema, entity, this.what), etag: etagOf(entity) };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Throws InvalidValue if the value would be refused; nothing is written. */
  validate(value: T): T {
    return encodeRow(this.schema, value).stored;
  }

  async create(partitionKey: string, rowKey: string, value: T): Promise<Versioned<T>> {
    const { json, stored } = encodeRow(this.schema, value);
    const row: JsonRow = { partitionKey, rowKey, kind: this.what, ...dataProperties(json) };
    try {
      const result = await this.client.createEntity(row);
      return { value: stored, etag: etagOf(result) };
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(this.what);
      throw error;
    }
  }

  /** Creates rows of one partition in one transaction (at most 100): all or none; ConcurrentEdit if one exists. */
  async createAll(partitionKey: string, rows: readonly { rowKey: string; value: T }[]): Promise<void> {
    if (rows.length === 0) return;
    const actions: TransactionAction[] = rows.map(({ rowKey, value }) => {
      const { json } = encodeRow(this.schema, value);
      const row: JsonRow = { partitionKey, rowKey, kind: this.what, ...dataProperties(json) };
      return ['create', row];
    });
    try {
      await this.client.submitTransaction(actions);
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(this.what);
      throw error;
    }
  }

  async update(partitionKey: string, rowKey: string, value: T, etag: string): Promise<Versioned<T>> {
    const { json, stored } = encodeRow(this.schema, value);
    const row: JsonRow = { partitionKey, rowKey, kind: this.what, ...dataProperties(json) };
    try {
      const result = await this.client.updateEntity(row, 'Replace', { etag });
      return { value: stored, etag: etagOf(result) };
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(this.what);
      if (isNotFound(error)) throw new NotFound(this.what);
      throw error;
    }
  }

  /** Deletes the row read with `etag`; ConcurrentEdit if it changed since, NotFound if it is gone. */
  async delete(partitionKey: string, rowKey: string, etag: string): Promise<void> {
    try {
      await this.client.deleteEntity(partitionKey, rowKey, { etag });
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentEdit(this.what);
      if (isNotFound(error)) throw new NotFound(this.what);
      throw error;
    }
  }

  /** Every row of the table, following continuation tokens: a full scan, for dev tools only. */
  async listAll(): Promise<Versioned<T>[]> {
    const rows: Versioned<T>[] = [];
    for await (const entity of this.client.listEntities<Record<string, unknown>>()) {
      rows.push({ value: decodeValue(this.schema, entity, this.what), etag: etagOf(entity) });
    }
    return rows;
  }

  /** All rows of one partition, following continuation tokens. */
  async listPartition(partitionKey: string): Promise<Versioned<T>[]> {
    const rows: Versioned<T>[] = [];
    const query = this.client.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${partitionKey}` },
    });
    for await (const entity of query) {
      rows.push({ value: decodeValue(this.schema, entity, this.what), etag: etagOf(entity) });
    }
    return rows;
  }
}
