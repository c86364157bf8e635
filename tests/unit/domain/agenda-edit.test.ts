import { numberAgenda, orderAgenda, itemsToNumber } from '../../../bot/src/domain/agenda';
import {
  assertAgendaEditable,
  editAgendaItem,
  markItemRemoved,
  moveItem,
  newAgendaItem,
  newAgendaOrder,
  orderForNewItem,
  type AgendaItemFields,
} from '../../../bot/src/domain/agenda-edit';
import { ConcurrentEdit, InvalidValue, MeetingClosed } from '../../../bot/src/domain/errors';
import { MEETING_STATUSES } from '../../../bot/src/domain/meeting-status';
import { aMeeting, anItem, MEETING_ID } from './builders';

const standard = [
  anItem('approval', 0, { standard: 'approval', kind: 'decision', title: 'Godkjenning av innkalling og referat' }),
  anItem('aob', 1000, { standard: 'anyOtherBusiness', title: 'Eventuelt' }),
];
const agenda = () => [...standard, anItem('nav', 10), anItem('wheel', 20), anItem('fagdag', 30)];
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const fields = (overrides: Partial<AgendaItemFields> = {}): AgendaItemFields => ({
  title: 'Brukerpanel',
  kind: 'briefing',
  attachments: [],
  ...overrides,
});

describe('adding an item', () => {
  it('goes after every ordinary item and before Eventuelt, whatever order Eventuelt has', () => {
    const items = agenda();
    const added = newAgendaItem('panel', MEETING_ID, orderForNewItem(items), fields());
    expect(ids(orderAgenda([...items, added]))).toEqual(['approval', 'nav', 'wheel', 'fagdag', 'panel', 'aob']);
  });

  it('leaves out empty optional text instead of storing blanks', () => {
    const added = newAgendaItem('panel', MEETING_ID, 10, fields({ responsible: '', description: '' }));
    expect(added).toEqual({ id: 'panel', meetingId: MEETING_ID, order: 10, title: 'Brukerpanel', kind: 'briefing' });
  });

  it('gets no case number, even on a locked agenda: the re-lock numbers it', () => {
    const locked = numberAgenda(
      agenda(),
      [23, 24, 25, 26, 27].map((sequence) => ({ sequence, year: 2024 })),
    );
    const added = newAgendaItem('late', MEETING_ID, orderForNewItem(locked), fields());
    expect(added.caseNumber).toBeUndefined();
    expect(ids(itemsToNumber([...locked, added]))).toEqual(['late']);
  });
});

describe('editing an item', () => {
  it('replaces the content but keeps order, number, origin and standard role', () => {
    const item = anItem('nav', 10, {
      caseNumber: { sequence: 24, year: 2024 },
      fromProposalId: 'p-1',
      responsible: 'Isaiah Langer',
      exempt: { legalBasis: 'offl. § 13' },
    });
    const edited = editAgendaItem(item, fields({ title: 'Nytt fra NAV', kind: 'discussion', plannedMinutes: 15 }));
    expect(edited).toEqual({
      id: 'nav',
      meetingId: MEETING_ID,
      order: 10,
      title: 'Nytt fra NAV',
      kind: 'discussion',
      caseNumber: { sequence: 24, year: 2024 },
      fromProposalId: 'p-1',
      plannedMinutes: 15,
    });
  });

  it('keeps the kind of a standard item', () => {
    expect(editAgendaItem(standard[0]!, fields({ kind: 'briefing' })).kind).toBe('decision');
  });
});

describe('removing an item', () => {
  it('marks the row removed, and the agenda no longer shows or numbers it', () => {
    const removed = markItemRemoved(anItem('wheel', 20), '2024-09-01T10:00:00.000Z');
    expect(removed.removedAt).toBe('2024-09-01T10:00:00.000Z');
    const items = agenda().map((i) => (i.id === 'wheel' ? removed : i));
    expect(ids(orderAgenda(items))).toEqual(['approval', 'nav', 'fagdag', 'aob']);
    expect(ids(itemsToNumber(items))).not.toContain('wheel');
  });

  it('refuses to remove the standard first and last items', () => {
    for (const item of standard) expect(() => markItemRemoved(item, '2024-09-01T10:00:00.000Z')).toThrow(InvalidValue);
  });
});

describe('reordering', () => {
  it('returns only the items whose place changed, with orders that put them as asked', () => {
    const items = agenda();
    const moved = newAgendaOrder(items, ['fagdag', 'nav', 'wheel']);
    expect(ids(moved).sort()).toEqual(['fagdag', 'nav', 'wheel']);
    const after = items.map((i) => moved.find((m) => m.id === i.id) ?? i);
    expect(ids(orderAgenda(after))).toEqual(['approval', 'fagdag', 'nav', 'wheel', 'aob']);
    // Swapping two neighbours writes just those two.
    expect(ids(newAgendaOrder(items, ['wheel', 'nav', 'fagdag'])).sort()).toEqual(['nav', 'wheel']);
  });

  it('keeps the standard items first and last: they cannot be in the list', () => {
    expect(() => newAgendaOrder(agenda(), ['aob', 'nav', 'wheel', 'fagdag'])).toThrow(InvalidValue);
  });

  it('treats a list that misses or invents items as made from an old view (ConcurrentEdit)', () => {
    expect(() => newAgendaOrder(agenda(), ['nav', 'wheel'])).toThrow(ConcurrentEdit);
    expect(() => newAgendaOrder(agenda(), ['nav', 'wheel', 'fagdag', 'ghost'])).toThrow(ConcurrentEdit);
    expect(() => newAgendaOrder(agenda(), ['nav', 'nav', 'wheel'])).toThrow(InvalidValue);
  });

  it('refuses more items than one transaction can hold', () => {
    const many = Array.from({ length: 100 }, (_, i) => anItem(`i${i}`, i + 1));
    expect(() => newAgendaOrder(many, ids(many).reverse())).toThrow(InvalidValue);
  });

  it('moves an item up or down one place; the ends stay put', () => {
    expect(moveItem(agenda(), 'wheel', 'up')).toEqual(['wheel', 'nav', 'fagdag']);
    expect(moveItem(agenda(), 'wheel', 'down')).toEqual(['nav', 'fagdag', 'wheel']);
    expect(moveItem(agenda(), 'nav', 'up')).toEqual(['nav', 'wheel', 'fagdag']);
    expect(moveItem(agenda(), 'fagdag', 'down')).toEqual(['nav', 'wheel', 'fagdag']);
  });
});

describe('when the agenda can change', () => {
  it('until the meeting is held (after the notice too); not after, nor when cancelled', () => {
    const editable = MEETING_STATUSES.filter((status) => {
      try {
        assertAgendaEditable(aMeeting({ status }));
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(MeetingClosed);
        return false;
      }
    });
    expect(editable).toEqual(['planned', 'collecting', 'noticeSent']);
  });
});
