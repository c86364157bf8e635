import type { TableEntityResult } from '@azure/data-tables';
import type { z } from 'zod';
import { InvalidValue } from '../domain/errors';
import { invalidValueOf } from '../schemas/field-problems';

/**
 * Rows keep the domain value as one JSON property. A string property holds at
 * most 64 KiB (32K UTF-16 characters); we refuse anything close before writing.
 */
export const MAX_JSON_CHARS = 30_000;

export type JsonRow = {
  partitionKey: string;
  rowKey: string;
  data: string;
  kind: string;
};

/** Validates with the schema and checks the size; throws InvalidValue before any write. */
export function encodeValue<T>(schema: z.ZodType<T>, value: T): string {
  return encodeRow(schema, value).json;
}

/** As encodeValue, and also returns the normalised value (trimmed text, canonical instants) that is stored. */
export function encodeRow<T>(schema: z.ZodType<T>, value: T): { json: string; stored: T } {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw invalidValueOf(parsed.error, 'value');
  }
  const json = JSON.stringify(parsed.data);
  if (json.length > MAX_JSON_CHARS) {
    throw new InvalidValue(
      'value',
      { problem: 'tooMuchData' },
      `too large to store (${json.length} characters, at most ${MAX_JSON_CHARS})`,
    );
  }
  return { json, stored: parsed.data };
}

/** Parses a stored row; a row that no longer matches its schema is a bug, not user error. */
export function decodeValue<T>(schema: z.ZodType<T>, entity: TableEntityResult<Record<string, unknown>>, what: string): T {
  const raw = entity['data'];
  if (typeof raw !== 'string') throw new Error(`Stored ${what} ${entity.partitionKey}/${entity.rowKey} has no data`);
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new Error(`Stored ${what} ${entity.partitionKey}/${entity.rowKey} is invalid: ${parsed.error.message}`);
  }
  return parsed.data;
}

export function etagOf(entity: { etag?: string }): string {
  if (!entity.etag) throw new Error('The Table service returned no ETag');
  return entity.etag;
}
