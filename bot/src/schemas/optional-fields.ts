import { z } from 'zod';
import { httpsUrl, text } from './domain-schemas';

/** A form sends "" (or null) for a field left empty; both mean "not given". */
function blankAsAbsent(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/** Optional trimmed text with a length cap; empty means absent. */
export function optionalText(max: number) {
  return z.preprocess(blankAsAbsent, text(max).optional());
}

/** An optional web address; empty means absent. */
export const optionalUrl = z.preprocess(blankAsAbsent, httpsUrl.optional());

/** Any optional value where "" or null means absent (ids, choices). */
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess(blankAsAbsent, schema.optional());
}
