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

/** The widest number a block can hold: a provisional agenda numbered with it is as large as the real one can be. */
const WIDEST_SEQUENCE = 9999;

/**
 * Takes a block of case numbers for the items that have none, in agenda order.
 * Numbered items keep theirs. The caller writes `updates` in its own
 * transaction, together with `writtenWith(agenda)` (the published agenda).
 * Numbers handed out are never given back, so that transaction is checked
 * first (row count, sizes) on a provisional numbering as wide as any real
 * one: a publish refused for its shape takes no numbers. Only a write that
 * fails after the check (someone changed an item meanwhile) leaves a gap.
 */
export async function numberNewItems(
  deps: AppDeps,
  council: Council,
  meeting: Meeting,
  items: readonly Versioned<AgendaItem>[],
  writtenWith: (agenda: AgendaItem[]) => WorkChange[] = () => [],
): Promise<NumberedAgenda> {
  const values = items.map((r) => r.value);
  const toNumber = itemsToNumber(values);
  if (toNumber.length === 0) return { agenda: orderAgenda(values), updates: [], taken: [] };
  const year = caseYear(meeting.startsAt, council.timeZone);
  const provisional = numberAgenda(
    values,
    toNumber.map(() => ({ year, sequence: WIDEST_SEQUENCE })),
  );
  deps.work.check(council.id, meeting.id, [...updatesFor(provisional, toNumber, items), ...writtenWith(provisional)]);
  const taken = await deps.caseNumbers.take(council.id, year, toNumber.length, firstSequence(year, council.caseNumberStart));
  const agenda = numberAgenda(values, taken);
  return { agenda, updates: updatesFor(agenda, toNumber, items), taken };
}

/** Updates for the items numbered now, each on the ETag it was read with. */
function updatesFor(
  agenda: readonly AgendaItem[],
  toNumber: readonly AgendaItem[],
  rows: readonly Versioned<AgendaItem>[],
): WorkChange<'item'>[] {
  const etags = new Map(rows.map((r) => [r.value.id, r.etag]));
  const fresh = new Set(toNumber.map((item) => item.id));
  return agenda
    .filter((item) => fresh.has(item.id))
    .map((item): WorkChange<'item'> => {
      const etag = etags.get(item.id);
      // Every item came with its row: an empty If-Match would not be a condition at all.
      if (etag === undefined) throw new Error(`no ETag for item ${item.id}`);
      return { op: 'update', kind: 'item', value: item, etag };
    });
}
