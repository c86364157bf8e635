import type { TableEntityResult } from '@azure/data-tables';
import type { z } from 'zod';
import { InvalidValue } from '../domain/errors';
import { invalidValueOf } from '../schemas/field-problems';
import { fromLongTextProperties, toLongTextProperties, type LongTextProperties } from './long-text-properties';

/**
 * Rows keep the domain value as JSON in the property `data`. A string property
 * holds at most 64 KiB (32K UTF-16 characters): most rows are one property and
 * refuse anything close before writing. A row kind that holds long text (written
 * input) passes a larger limit and is split across properties
 * (long-text-properties.ts); reading joins the parts either way.
 */
export const MAX_JSON_CHARS = 30_000;

/**
 * The most a published agenda may hold: four properties' worth (2 bytes a
 * character in UTF-16: 240 KB, well inside an entity's 1 MiB).
 */
export const MAX_SPLIT_JSON_CHARS = 4 * MAX_JSON_CHARS;

export type JsonRow = {
  partitionKey: string;
  rowKey: string;
  kind: string;
} & LongTextProperties;

/** The `data` properties of a row holding this JSON (checked against its limit by encodeRow). */
export function dataProperties(json: string, maxChars: number = MAX_JSON_CHARS): LongTextProperties {
  return toLongTextProperties('data', json, maxChars);
}

/** Validates with the schema and checks the size; throws InvalidValue before any write. */
export function encodeValue<T>(schema: z.ZodType<T>, value: T): string {
  return encodeRow(schema, value).json;
}

/**
 * As encodeValue, and also returns the normalised value (trimmed text, canonical
 * instants) that is stored. Too large a value is refused naming its largest
 * field (the one to shorten) and the limit.
 */
export function encodeRow<T>(schema: z.ZodType<T>, value: T, maxChars: number = MAX_JSON_CHARS): { json: string; stored: T } {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw invalidValueOf(parsed.error, 'value');
  }
  const json = JSON.stringify(parsed.data);
  if (json.length > maxChars) {
    throw new InvalidValue(
      largestField(parsed.data),
      { problem: 'tooMuchText', params: { max: maxChars } },
      `too large to store (${json.length} characters, at most ${maxChars})`,
    );
  }
  return { json, stored: parsed.data };
}

/** The top-level field taking the most room, or 'value' for a value that has no fields. */
function largestField(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'value';
  let largest = { field: 'value', size: -1 };
  for (const [field, v] of Object.entries(value)) {
    const size = JSON.stringify(v)?.length ?? 0;
    if (size > largest.size) largest = { field, size };
  }
  return largest.field;
}

/** Parses a stored row; a row that no longer matches its schema is a bug, not user error. */
export function decodeValue<T>(schema: z.ZodType<T>, entity: TableEntityResult<Record<string, unknown>>, what: string): T {
  const raw = fromLongTextProperties(entity, 'data');
  if (raw === undefined) throw new Error(`Stored ${what} ${entity.partitionKey}/${entity.rowKey} has no data`);
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
