import type { TableEntityResult } from '@azure/data-tables';
import type { z } from 'zod';
import { InvalidValue } from '../domain/errors';
import { invalidValueOf } from '../schemas/field-problems';

/**
 * Rows keep the domain value as one JSON property. A string property holds at
 * most 64 KiB (32K UTF-16 characters); we refuse anything close before writing.
 */
export const MAX_JSON_CHARS = 30_000;

/** A value too long for one property goes on in `data1`, `data2`, … (see splitJson). */
export type JsonRow = {
  partitionKey: string;
  rowKey: string;
  data: string;
  kind: string;
  [more: `data${number}`]: string;
};

/**
 * The most a row that spreads its JSON over several properties may hold: four
 * properties (2 bytes a character in UTF-16: 240 KB, well inside an entity's
 * 1 MiB). Only kinds that need it (the published agenda) ask for it.
 */
export const MAX_SPLIT_JSON_CHARS = 4 * MAX_JSON_CHARS;

/** The JSON as `data` plus `data1`, `data2`, … of at most MAX_JSON_CHARS each. */
export function splitJson(json: string): { data: string } & Record<`data${number}`, string> {
  const row: { data: string } & Record<`data${number}`, string> = { data: json.slice(0, MAX_JSON_CHARS) };
  for (let i = 1; i * MAX_JSON_CHARS < json.length; i++)
    row[`data${i}`] = json.slice(i * MAX_JSON_CHARS, (i + 1) * MAX_JSON_CHARS);
  return row;
}

/** The JSON a row holds, joined again from `data`, `data1`, …. */
function joinedJson(entity: Record<string, unknown>): string | undefined {
  const first = entity['data'];
  if (typeof first !== 'string') return undefined;
  let json = first;
  for (let i = 1; typeof entity[`data${i}`] === 'string'; i++) json += entity[`data${i}`] as string;
  return json;
}

/** Validates with the schema and checks the size; throws InvalidValue before any write. */
export function encodeValue<T>(schema: z.ZodType<T>, value: T): string {
  return encodeRow(schema, value).json;
}

/** As encodeValue, and also returns the normalised value (trimmed text, canonical instants) that is stored. */
export function encodeRow<T>(schema: z.ZodType<T>, value: T, maxChars: number = MAX_JSON_CHARS): { json: string; stored: T } {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw invalidValueOf(parsed.error, 'value');
  }
  const json = JSON.stringify(parsed.data);
  if (json.length > maxChars) {
    throw new InvalidValue(
      'value',
      { problem: 'tooMuchData' },
      `too large to store (${json.length} characters, at most ${maxChars})`,
    );
  }
  return { json, stored: parsed.data };
}

/** Parses a stored row; a row that no longer matches its schema is a bug, not user error. */
export function decodeValue<T>(schema: z.ZodType<T>, entity: TableEntityResult<Record<string, unknown>>, what: string): T {
  const raw = joinedJson(entity);
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
