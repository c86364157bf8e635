import { z } from 'zod';
import { refinementProblem } from './field-problems';

/**
 * The shape of every ETag the server gives out. Storage's ETags reach the tab
 * unchanged, and Azure Table Storage (and Azurite) make them from the row's
 * timestamp: `W/"datetime'2026-12-02T11%3A56%3A31.9801455Z'"`. Anything else
 * (`*`, a list, a strong tag, stray characters) was never handed out, so it is
 * refused before storage sees it: `*` would match any version and silently
 * overwrite someone else's change, and storage answers junk with an error of
 * its own that is not the client's to read.
 */
const TABLE_ETAG = /^W\/"datetime'\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}%3A\d{2}(\.\d{1,7})?Z'"$/;

/** An ETag the client sends back (If-Match, or per row in a body): only the shape the server gives out. */
export const etagSchema = z
  .string()
  .max(100)
  .refine((value) => TABLE_ETAG.test(value), {
    message: 'not an ETag this server gave out',
    ...refinementProblem({ problem: 'ifMatchMalformed' }),
  });

/** Whether a value has the shape of an ETag the server gives out. */
export function isServerEtag(value: string): boolean {
  return TABLE_ETAG.test(value);
}
