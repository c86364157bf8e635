import { InvalidValue, MeetingClosed, NotFound } from '../../../bot/src/domain/errors';
import {
  canMarkPostponed,
  carryOverItem,
  markPostponed,
  postponedOffers,
  previousMeeting,
} from '../../../bot/src/domain/postponement';
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

  it('offers the postponed items in their old order until the new agenda carries them', () => {
    expect(postponedOffers(heldItems, []).map((i) => i.id)).toEqual(['panel', 'budget']);
    const carried = carryOverItem(postponedOffers(heldItems, []), 'panel', { id: 'new-panel', meetingId: 'm-nov', order: 40 });
    expect(postponedOffers(heldItems, [carried]).map((i) => i.id)).toEqual(['budget']);
    // Removed from the new agenda again: offered again.
    expect(postponedOffers(heldItems, [{ ...carried, removedAt: '2024-10-01T00:00:00.000Z' }]).map((i) => i.id)).toEqual([
      'panel',
      'budget',
    ]);
  });

  it('carries the content over with a reference to the old number, and no number of its own', () => {
    const carried = carryOverItem(postponedOffers(heldItems, []), 'budget', { id: 'b2', meetingId: 'm-nov', order: 40 });
    expect(carried).toEqual({
      id: 'b2',
      meetingId: 'm-nov',
      order: 40,
      title: 'Sak budget',
      kind: 'discussion',
      postponedFrom: n(26),
      attachments: [{ title: 'Budsjett', url: 'https://x.no/b' }],
    });
    expect(() => carryOverItem(postponedOffers(heldItems, []), 'nav', { id: 'x', meetingId: 'm-nov', order: 1 })).toThrow(
      NotFound,
    );
  });
});
