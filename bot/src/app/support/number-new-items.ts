import { itemsToNumber, numberAgenda, orderAgenda, type AgendaItem } from '../../domain/agenda';
import { caseYear, firstSequence, type CaseNumber } from '../../domain/case-number';
import type { Council } from '../../domain/council';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps } from '../deps';
import type { Versioned, WorkChange } from '../ports';

export interface NumberedAgenda {
  /** Every item, numbered, in agenda order. */
  agenda: AgendaItem[];
  /** Updates for the items that got a number now (with the ETags they were read with). */
  updates: WorkChange<'item'>[];
  taken: CaseNumber[];
}

/**
 * Takes a block of case numbers for the items that have none, in agenda order.
 * Numbered items keep theirs. The caller writes `updates` in its own
 * transaction; if that fails the block is a gap, never reused.
 */
export async function numberNewItems(
  deps: AppDeps,
  council: Council,
  meeting: Meeting,
  items: readonly Versioned<AgendaItem>[],
): Promise<NumberedAgenda> {
  const values = items.map((r) => r.value);
  const toNumber = itemsToNumber(values);
  if (toNumber.length === 0) return { agenda: orderAgenda(values), updates: [], taken: [] };
  const year = caseYear(meeting.startsAt, council.timeZone);
  const taken = await deps.caseNumbers.take(council.id, year, toNumber.length, firstSequence(year, council.caseNumberStart));
  const agenda = numberAgenda(values, taken);
  const etags = new Map(items.map((r) => [r.value.id, r.etag]));
  const fresh = new Set(toNumber.map((item) => item.id));
  const updates = agenda
    .filter((item) => fresh.has(item.id))
    .map((item): WorkChange<'item'> => {
      const etag = etags.get(item.id);
      // Every item came with its row: an empty If-Match would not be a condition at all.
      if (etag === undefined) throw new Error(`no ETag for item ${item.id}`);
      return { op: 'update', kind: 'item', value: item, etag };
    });
  return { agenda, updates, taken };
}
