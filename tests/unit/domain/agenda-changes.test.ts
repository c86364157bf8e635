import type { AgendaItem } from '../../../bot/src/domain/agenda';
import {
  changeCounts,
  compareAgenda,
  comparePublications,
  hasChanges,
  summarizePublication,
} from '../../../bot/src/domain/agenda-changes';
import { buildPublication } from '../../../bot/src/domain/agenda-publication';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import { aMeeting, anItem } from './builders';

const PUBLISHED_AT = new Date('2024-09-11T08:00:00Z');
const meeting = aMeeting({ status: 'noticeSent', place: 'NAV Skien, møterom Ibsen' });
const n = (sequence: number) => ({ sequence, year: 2024 });

/** Godkjenning 23/24, three ordinary items 24–26/24, Eventuelt 27/24: the agenda as it went out in the notice. */
function publishedAgenda(): AgendaItem[] {
  return [
    anItem('approval', 0, {
      title: 'Godkjenning av innkalling og referat',
      kind: 'decision',
      standard: 'approval',
      caseNumber: n(23),
    }),
    anItem('news', 10, { title: 'Nytt fra NAV', kind: 'briefing', responsible: 'Isaiah Langer', caseNumber: n(24) }),
    anItem('wheel', 20, { title: 'Årshjul 2025', plannedMinutes: 30, caseNumber: n(25) }),
    anItem('rus', 30, { title: 'Fagdag om veiledning og rus', kind: 'decision', caseNumber: n(26) }),
    anItem('aob', 1000, { title: 'Eventuelt', standard: 'anyOtherBusiness', caseNumber: n(27) }),
  ];
}

const notice = () => buildPublication(meeting, publishedAgenda(), 0, 'secretary', PUBLISHED_AT);
const edit = (items: AgendaItem[], id: string, change: Partial<AgendaItem>) =>
  items.map((item) => (item.id === id ? { ...item, ...change } : item));
const changedIds = (items: AgendaItem[]) => compareAgenda(notice(), meeting, items).changed.map((c) => [c.itemId, c.changes]);

describe('compareAgenda: the agenda now against the agenda as published', () => {
  it('finds nothing when nothing changed, whatever order the rows come in', () => {
    const changes = compareAgenda(notice(), meeting, [...publishedAgenda()].reverse());
    expect(hasChanges(changes)).toBe(false);
    expect(changeCounts(changes)).toEqual({ added: 0, removed: 0, edited: 0, meeting: 0 });
  });

  it('an item added after the notice is "added" and has no number yet', () => {
    const items = [...publishedAgenda(), anItem('safety', 25, { title: 'Sikkerhet ved NAV-kontorene' })];
    const changes = compareAgenda(notice(), meeting, items);
    expect(changes.changed).toEqual([expect.objectContaining({ itemId: 'safety', changes: ['added'] })]);
    expect(changes.changed[0]?.before).toBeUndefined();
    expect(changes.changed[0]?.after.caseNumber).toBeUndefined();
    // Inserting an item shifts the ones after it, but they did not move.
    expect(changeCounts(changes)).toEqual({ added: 1, removed: 0, edited: 0, meeting: 0 });
  });

  it('a removed item is listed with the number it had (numbers are not reused)', () => {
    const changes = compareAgenda(
      notice(),
      meeting,
      publishedAgenda().filter((i) => i.id !== 'wheel'),
    );
    expect(changes.removed.map((i) => `${formatCaseNumber(i.caseNumber)} ${i.title}`)).toEqual(['25/24 Årshjul 2025']);
    expect(changes.changed).toEqual([]);
  });

  it('a new title is "retitled" and keeps the old title for showing', () => {
    const changes = compareAgenda(
      notice(),
      meeting,
      edit(publishedAgenda(), 'news', { title: 'Nytt fra NAV Vestfold og Telemark' }),
    );
    expect(changes.changed.map((c) => [c.itemId, c.changes, c.before?.title, c.after.title])).toEqual([
      ['news', ['retitled'], 'Nytt fra NAV', 'Nytt fra NAV Vestfold og Telemark'],
    ]);
  });

  it('moving one item marks that item only, not every item whose position shifted', () => {
    // "Fagdag" moved from last ordinary item to first.
    expect(changedIds(edit(publishedAgenda(), 'rus', { order: 5 }))).toEqual([['rus', ['moved']]]);
    // Moving "Nytt fra NAV" to the end marks it, not the two that moved up.
    expect(changedIds(edit(publishedAgenda(), 'news', { order: 40 }))).toEqual([['news', ['moved']]]);
  });

  it('swapping two neighbours marks one of them as moved', () => {
    const swapped = edit(edit(publishedAgenda(), 'wheel', { order: 30 }), 'rus', { order: 20 });
    const changed = changedIds(swapped);
    expect(changed).toHaveLength(1);
    expect(['wheel', 'rus']).toContain(changed[0]?.[0]);
  });

  it('planned minutes, kind, responsible and content changes are each named', () => {
    const items = edit(
      edit(edit(publishedAgenda(), 'wheel', { plannedMinutes: 45 }), 'news', { kind: 'discussion', responsible: 'Alex Wilber' }),
      'rus',
      { description: 'Vedlegg kommer.' },
    );
    expect(changedIds(items)).toEqual([
      ['news', ['kindChanged', 'responsibleChanged']],
      ['wheel', ['minutesChanged']],
      ['rus', ['contentChanged']],
    ]);
  });

  it('marking an item exempt from public disclosure is a content change', () => {
    expect(changedIds(edit(publishedAgenda(), 'rus', { exempt: { legalBasis: 'offl. § 13' } }))).toEqual([
      ['rus', ['contentChanged']],
    ]);
  });

  it('attachments count as content (as would fields the agenda gains later)', () => {
    const withAttachments = publishedAgenda().map((item) =>
      item.id === 'wheel' ? { ...item, attachments: [{ title: 'Årshjul', url: 'https://example.org/a' }] } : item,
    );
    expect(changedIds(withAttachments)).toEqual([['wheel', ['contentChanged']]]);
  });

  it('a new meeting time or place is a meeting change', () => {
    const moved = { ...meeting, startsAt: '2024-09-18T09:00:00.000Z', endsAt: '2024-09-18T11:30:00.000Z' };
    expect(compareAgenda(notice(), moved, publishedAgenda()).meeting).toEqual(['timeChanged']);
    const online = { ...meeting, place: undefined, onlineLink: 'https://teams.microsoft.com/l/meetup-join/x' };
    expect(compareAgenda(notice(), online, publishedAgenda()).meeting).toEqual(['placeChanged']);
    expect(compareAgenda(notice(), moved, publishedAgenda()).before.startsAt).toBe(meeting.startsAt);
  });
});

describe('comparePublications: what a later revision announces', () => {
  it('lists the items numbered at the change with their new numbers', () => {
    const later = [...publishedAgenda(), anItem('safety', 25, { title: 'Sikkerhet ved NAV-kontorene', caseNumber: n(28) })];
    const revision1 = buildPublication(meeting, later, 1, 'secretary', new Date('2024-09-13T08:00:00Z'));
    const changes = comparePublications(notice(), revision1);
    expect(
      changes.changed.map((c) => [c.changes, c.after.caseNumber && formatCaseNumber(c.after.caseNumber), c.after.title]),
    ).toEqual([[['added'], '28/24', 'Sikkerhet ved NAV-kontorene']]);
  });
});

describe('summarizePublication: what the package says', () => {
  it('says nothing before the notice, even if a notice row was left by an interrupted attempt', () => {
    expect(summarizePublication({ ...meeting, status: 'collecting' }, publishedAgenda(), [notice()])).toBeUndefined();
    expect(summarizePublication(meeting, publishedAgenda(), [])).toBeUndefined();
  });

  it('compares with the notice for members and with the latest revision for "send changes"', () => {
    const withSafety = [...publishedAgenda(), anItem('safety', 25, { title: 'Sikkerhet', caseNumber: n(28) })];
    const revision1 = buildPublication(meeting, withSafety, 1, 'secretary', new Date('2024-09-13T08:00:00Z'));
    const now = edit(withSafety, 'news', { title: 'Nytt fra NAV-direktøren' });
    const summary = summarizePublication(meeting, now, [revision1, notice()]);
    expect(summary).toMatchObject({ latestRevision: 1, noticePublishedAt: PUBLISHED_AT.toISOString() });
    expect(summary?.sinceNotice.changed.map((c) => c.itemId)).toEqual(['news', 'safety']);
    expect(summary?.unpublished.changed.map((c) => c.itemId)).toEqual(['news']);
  });
});
