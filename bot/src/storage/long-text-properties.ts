import type { TableClient, TransactionAction } from '@azure/data-tables';

/**
 * Long text in one Table entity, split across string properties.
 *
 * A string property holds at most 32K UTF-16 code units (64 KiB), an entity
 * 1 MiB in all. So a long text is stored in parts: property `name` holds the
 * first part, `name1` … `nameN` the rest, and `nameParts` says how many
 * (written only when there is more than one part; a row without it joins the
 * parts that are there, so rows stored before read back unchanged). One entity, not several rows, keeps a write
 * atomic under one ETag, and a 'Replace' update drops the parts a shorter text
 * no longer needs.
 *
 * API (written input uses it through json-row.ts; the minutes are meant to):
 * - `toLongTextProperties(name, text)`: the properties to spread into the
 *   entity; throws LongTextTooLong past LONG_TEXT_MAX_CHARS.
 * - `fromLongTextProperties(entity, name)`: the text again, or undefined when
 *   the entity has no `name`; throws if a part is missing (a damaged row).
 * - `splitText(text, size)`: parts of at most `size` code units, never between
 *   the two halves of a surrogate pair (an emoji stays whole in one part).
 * - `writeLongTextEntity(client, action)`: writes such an entity (create, or
 *   update with its ETag) and answers the new ETag. Write long rows only
 *   through it: see there why.
 */

/** Code units per property: under the 32,768 the service allows. */
export const LONG_TEXT_PART_CHARS = 30_000;

/**
 * Code units in all. The service counts an entity's strings as UTF-16 (2 bytes
 * a unit: 600 KB here); Azurite counts the request body as UTF-8 (at most
 * 3 bytes a unit, escapes included: 900 KB). Both stay under 1 MiB with room
 * for the keys and the row's other properties.
 */
export const LONG_TEXT_MAX_CHARS = 10 * LONG_TEXT_PART_CHARS;

export type LongTextProperties = Record<string, string | number>;

export class LongTextTooLong extends Error {
  constructor(
    readonly length: number,
    readonly max: number,
  ) {
    super(`text of ${length} characters is too long to store (at most ${max})`);
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function splitText(text: string, size: number): string[] {
  if (size < 2) throw new Error('a part must hold at least one surrogate pair');
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    // Ending on the first half of a pair would split the character: end one earlier.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [''];
}

const partName = (name: string, index: number) => (index === 0 ? name : `${name}${index}`);
const countName = (name: string) => `${name}Parts`;

export function toLongTextProperties(name: string, text: string, max: number = LONG_TEXT_MAX_CHARS): LongTextProperties {
  if (text.length > max) throw new LongTextTooLong(text.length, max);
  const parts = splitText(text, LONG_TEXT_PART_CHARS);
  const properties: LongTextProperties = {};
  parts.forEach((part, i) => {
    properties[partName(name, i)] = part;
  });
  if (parts.length > 1) properties[countName(name)] = parts.length;
  return properties;
}

export function fromLongTextProperties(entity: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const first = entity[name];
  if (typeof first !== 'string') return undefined;
  const count = entity[countName(name)];
  if (count === undefined) {
    let text = first;
    for (let i = 1; typeof entity[partName(name, i)] === 'string'; i += 1) text += entity[partName(name, i)] as string;
    return text;
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new Error(`${countName(name)} is not a part count: ${JSON.stringify(count)}`);
  }
  const parts = [first];
  for (let i = 1; i < count; i += 1) {
    const part = entity[partName(name, i)];
    if (typeof part !== 'string') throw new Error(`part ${i + 1} of ${count} of ${name} is missing`);
    parts.push(part);
  }
  return parts.join('');
}

/**
 * Writes one entity as a one-operation entity-group transaction and answers its
 * new ETag. Azurite (3.37) reads a single entity's request body as network
 * chunks joined as strings, so a character whose UTF-8 bytes straddle two chunks
 * (every ~64 KB) is stored as U+FFFD; its transaction path decodes the body
 * whole. The Table service stores both alike, with the same 409/412/404 answers.
 */
export async function writeLongTextEntity(client: TableClient, action: TransactionAction): Promise<string> {
  const response = await client.submitTransaction([action]);
  const etag = response.subResponses[0]?.etag;
  if (etag === undefined) throw new Error('the Table service answered a write without an ETag');
  return etag;
}
