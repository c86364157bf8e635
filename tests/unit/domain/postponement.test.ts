import { InvalidValue, MeetingClosed, NotFound } from '../../../bot/src/domain/errors';
import {
  canMarkPostponed,
  carryOverItem,
  dropPostponed,
  findOffer,
  markPostponed,
  postponedOffers,
  postponementChain,
  previousMeeting,
} from '../../../bot/src/domain/postponement';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import { agendaItemSchema } from '../../../bot/src/schemas/domain-schemas';
import { aMeeting, anItem } from './builders';

const n = (sequence: number) => ({ sequence, year: 2024 });
const held = aMeeting({ id: 'm-sep', status: 'held', startsAt: '2024-09-18T08:00:00.000Z' });
const next = aMeeting({ id: 'm-nov', status: 'collecting', startsAt: '2024-11-20T09:00:00.000Z' });
const heldItems = [
  anItem('approval', 0, { standard: 'approval', caseNumber: n(23) }),
  anItem('panel', 10, { caseNumber: n(24), postponed: true, responsible: 'Adele Vance', plannedMinutes: 20 }),
  anItem('nav', 20, { caseNumber: n(25) }),
  anItem('budget', 30, { caseNumber: n(26), postponed: true, attachments: [{ title: 'Budsjett', url: 'https://x.no/b' }] }),
];

describe('postponing an item at a held meeting', () => {
  it('is possible once the meeting is held and while the minutes are written', () => {
    expect(canMarkPostponed(held)).toBe(true);
    expect(canMarkPostponed({ ...held, status: 'minutesDraft' })).toBe(true);
    expect(canMarkPostponed(next)).toBe(false);
    expect(() => markPostponed(next, heldItems[2]!, true)).toThrow(MeetingClosed);
  });

  it('marks and unmarks; standard and unnumbered items cannot be postponed', () => {
    const marked = markPostponed(held, heldItems[2]!, true);
    expect(marked.postponed).toBe(true);
    expect(markPostponed(held, marked, false)).not.toHaveProperty('postponed');
    expect(() => markPostponed(held, heldItems[0]!, true)).toThrow(InvalidValue);
    expect(() => markPostponed(held, anItem('new', 40), true)).toThrow(InvalidValue);
  });
});

describe('offering postponed items at the next meeting', () => {
  it('finds the previous meeting, skipping cancelled ones and later ones', () => {
    const cancelled = aMeeting({ id: 'm-oct', status: 'cancelled', startsAt: '2024-10-16T08:00:00.000Z' });
    const later = aMeeting({ id: 'm-dec', startsAt: '2024-12-11T09:00:00.000Z' });
    const older = aMeeting({ id: 'm-jun', status: 'archived', startsAt: '2024-06-12T08:00:00.000Z' });
    expect(previousMeeting([older, held, cancelled, next, later], next)?.id).toBe('m-sep');
    expect(previousMeeting([next, later], next)).toBeUndefined();
  });

  const at = (meeting: typeof held, items: ReturnType<typeof anItem>[]) => ({ meeting, rows: items.map((value) => ({ value })) });
  const ids = (offers: { row: { value: { id: string } } }[]) => offers.map((o) => o.row.value.id);

  it('offers the postponed items in their old order until the new agenda carries them', () => {
    expect(ids(postponedOffers({ meeting: next, items: [] }, [at(held, heldItems)]))).toEqual(['panel', 'budget']);
    const carried = carryOverItem(heldItems[1]!, { id: 'new-panel', meetingId: 'm-nov', order: 40 });
    expect(ids(postponedOffers({ meeting: next, items: [carried] }, [at(held, heldItems)]))).toEqual(['budget']);
    // Removed from the new agenda again: offered again.
    const removed = { ...carried, removedAt: '2024-10-01T00:00:00.000Z' };
    expect(ids(postponedOffers({ meeting: next, items: [removed] }, [at(held, heldItems)]))).toEqual(['panel', 'budget']);
  });

  it('carries the content over with the chain of old numbers, and no number of its own', () => {
    const carried = carryOverItem(heldItems[3]!, { id: 'b2', meetingId: 'm-nov', order: 40 });
    expect(carried).toEqual({
      id: 'b2',
      meetingId: 'm-nov',
      order: 40,
      title: 'Sak budget',
      kind: 'discussion',
      postponedFrom: [n(26)],
      attachments: [{ title: 'Budsjett', url: 'https://x.no/b' }],
    });
    expect(() => findOffer(postponedOffers({ meeting: next, items: [] }, [at(held, heldItems)]), 'nav')).toThrow(NotFound);
  });
});

describe('postponed items across several meetings (never lost)', () => {
  // September 2024 postpones 24/24; November does not take it up; February 2025 still offers it.
  const nov = aMeeting({ id: 'm-nov', status: 'held', startsAt: '2024-11-20T09:00:00.000Z' });
  const feb = aMeeting({ id: 'm-feb', status: 'collecting', startsAt: '2025-02-12T09:00:00.000Z' });
  const apr = aMeeting({ id: 'm-apr', status: 'collecting', startsAt: '2025-04-09T08:00:00.000Z' });
  const novItems = [anItem('nov-approval', 0, { meetingId: 'm-nov', standard: 'approval', caseNumber: n(30) })];
  const at = (meeting: typeof held, items: ReturnType<typeof anItem>[]) => ({ meeting, rows: items.map((value) => ({ value })) });
  const ids = (offers: { row: { value: { id: string } } }[]) => offers.map((o) => o.row.value.id);

  it('offers an item the next meeting did not take up at the meeting after, with the meeting it came from', () => {
    const offers = postponedOffers({ meeting: feb, items: [] }, [at(held, heldItems), at(nov, novItems)]);
    expect(offers.map((o) => [o.row.value.id, o.fromMeeting.id])).toEqual([
      ['panel', 'm-sep'],
      ['budget', 'm-sep'],
    ]);
  });

  it('keeps the whole chain when an item is postponed at three meetings in a row', () => {
    // September 24/24 → November (new number 31/24, postponed again) → February (3/25, postponed again) → April.
    const atNov = { ...carryOverItem(heldItems[1]!, { id: 'panel-nov', meetingId: 'm-nov', order: 10 }), caseNumber: n(31) };
    const novPostponed = markPostponed(nov, atNov, true);
    expect(postponementChain(novPostponed)).toEqual([n(24), n(31)]);
    const febHeld = { ...feb, status: 'held' as const };
    const atFeb = {
      ...carryOverItem(novPostponed, { id: 'panel-feb', meetingId: 'm-feb', order: 10 }),
      caseNumber: { sequence: 3, year: 2025 },
    };
    const febPostponed = markPostponed(febHeld, atFeb, true);
    const others = [at(held, heldItems), at(nov, [...novItems, novPostponed]), at(febHeld, [febPostponed])];
    const offers = postponedOffers({ meeting: apr, items: [] }, others);
    // Only the latest postponement is offered (the earlier ones were taken up), with every number so far.
    expect(offers.map((o) => [o.row.value.id, postponementChain(o.row.value).map(formatCaseNumber)])).toEqual([
      ['budget', ['26/24']],
      ['panel-feb', ['24/24', '31/24', '3/25']],
    ]);
    expect(carryOverItem(offers[1]!.row.value, { id: 'panel-apr', meetingId: 'm-apr', order: 5 }).postponedFrom).toEqual([
      n(24),
      n(31),
      { sequence: 3, year: 2025 },
    ]);
  });

  it('does not count an agenda of a cancelled meeting as taking the item up', () => {
    const cancelledNov = { ...nov, status: 'cancelled' as const };
    const carried = carryOverItem(heldItems[1]!, { id: 'panel-nov', meetingId: 'm-nov', order: 10 });
    expect(ids(postponedOffers({ meeting: feb, items: [] }, [at(held, heldItems), at(cancelledNov, [carried])]))).toEqual([
      'panel',
      'budget',
    ]);
  });

  it('no longer offers an item the secretary dropped with a reason, and keeps who, when and why', () => {
    const dropped = dropPostponed(heldItems[3]!, { by: 'sec-1', at: '2024-11-01T10:00:00.000Z', reason: '  Løst i linja  ' });
    expect(dropped.postponementDropped).toEqual({ by: 'sec-1', at: '2024-11-01T10:00:00.000Z', reason: 'Løst i linja' });
    const items = heldItems.map((i) => (i.id === 'budget' ? dropped : i));
    expect(ids(postponedOffers({ meeting: feb, items: [] }, [at(held, items), at(nov, novItems)]))).toEqual(['panel']);
    expect(() => dropPostponed(heldItems[1]!, { by: 'sec-1', at: '2024-11-01T10:00:00.000Z', reason: ' ' })).toThrow(
      InvalidValue,
    );
    expect(() => dropPostponed(heldItems[2]!, { by: 'sec-1', at: '2024-11-01T10:00:00.000Z', reason: 'x' })).toThrow(NotFound);
  });

  it('offers nothing from later meetings, only earlier ones', () => {
    const laterHeld = aMeeting({ id: 'm-later', status: 'held', startsAt: '2025-06-01T08:00:00.000Z' });
    expect(ids(postponedOffers({ meeting: feb, items: [] }, [at(laterHeld, heldItems)]))).toEqual([]);
  });
});

describe('stored items from before the chain was kept', () => {
  it('reads a single earlier number as a chain of one', () => {
    const old = { ...anItem('old', 10), postponedFrom: { sequence: 27, year: 2020 } };
    expect(agendaItemSchema.parse(old).postponedFrom).toEqual([{ sequence: 27, year: 2020 }]);
    expect(agendaItemSchema.parse({ ...old, postponedFrom: [n(27), n(3)] }).postponedFrom).toEqual([n(27), n(3)]);
    expect(agendaItemSchema.safeParse({ ...old, postponedFrom: [] }).success).toBe(false);
  });
});
