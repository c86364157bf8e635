import {
  buildPublication,
  changePostBaseline,
  channelPostCanBeTried,
  contentFingerprint,
  STALE_SENDING_MS,
  type AgendaPublication,
} from '../../../bot/src/domain/agenda-publication';
import { aMeeting, anItem } from './builders';

const NOW = new Date('2024-09-11T08:00:00Z');

describe('the published snapshot', () => {
  it('keeps every item in agenda order with its number, and refuses an unnumbered one', () => {
    const items = [
      anItem('aob', 1000, { standard: 'anyOtherBusiness', title: 'Eventuelt', caseNumber: { sequence: 25, year: 2024 } }),
      anItem('approval', 0, { standard: 'approval', title: 'Godkjenning', caseNumber: { sequence: 23, year: 2024 } }),
      anItem('news', 10, { caseNumber: { sequence: 24, year: 2024 }, exempt: { legalBasis: 'offl. § 13' } }),
    ];
    const publication = buildPublication(aMeeting({ place: 'Skien' }), items, 0, 'sec', NOW);
    expect(publication.items.map((i) => [i.id, i.caseNumber.sequence, i.exempt ?? false])).toEqual([
      ['approval', 23, false],
      ['news', 24, true],
      ['aob', 25, false],
    ]);
    expect(publication.meeting.place).toBe('Skien');
    expect(publication.channelPost).toEqual({ state: 'pending', at: NOW.toISOString() });
    expect(() => buildPublication(aMeeting(), [anItem('new', 5)], 0, 'sec', NOW)).toThrow(/without a case number/);
  });

  it('fingerprints content so that the same content gives the same print and an edit another', () => {
    const item = anItem('x', 10, { description: 'Tekst', exempt: { legalBasis: 'offl. § 13' } });
    const reordered = { exempt: { legalBasis: 'offl. § 13' }, description: 'Tekst', ...anItem('x', 99) };
    expect(contentFingerprint(reordered)).toBe(contentFingerprint(item));
    // Number, order and the tracked fields are not content.
    expect(contentFingerprint({ ...item, caseNumber: { sequence: 1, year: 2024 }, title: 'Ny' })).toBe(contentFingerprint(item));
    expect(contentFingerprint({ ...item, description: 'Tekst.' })).not.toBe(contentFingerprint(item));
    // An editor that writes "no attachments" as [] or an empty description as '' changes nothing.
    const plain = anItem('y', 10);
    expect(contentFingerprint({ ...plain, description: '', attachments: [] })).toBe(contentFingerprint(plain));
    expect(contentFingerprint(item)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('channel posts are tried until they are sent, never after', () => {
  const at = (state: AgendaPublication['channelPost']['state'], msAgo: number) => ({
    state,
    at: new Date(NOW.getTime() - msAgo).toISOString(),
  });
  it('allows pending, failed, unreachable and noChannel; never sent; sending only once it is stale', () => {
    for (const state of ['pending', 'failed', 'unreachable', 'noChannel'] as const)
      expect(channelPostCanBeTried(at(state, 0), NOW)).toBe(true);
    expect(channelPostCanBeTried(at('sent', 10 * STALE_SENDING_MS), NOW)).toBe(false);
    expect(channelPostCanBeTried(at('sending', 1000), NOW)).toBe(false);
    expect(channelPostCanBeTried(at('sending', STALE_SENDING_MS), NOW)).toBe(true);
  });

  it('a change post compares with the last revision that reached the channel, or posts the whole notice', () => {
    const revision = (r: number, state: AgendaPublication['channelPost']['state']): AgendaPublication => ({
      ...buildPublication(aMeeting(), [], r, 'sec', NOW),
      channelPost: { state, at: NOW.toISOString() },
    });
    expect(changePostBaseline([revision(0, 'sent'), revision(1, 'failed'), revision(2, 'pending')], 2)?.revision).toBe(0);
    expect(changePostBaseline([revision(0, 'sent'), revision(1, 'sent'), revision(2, 'pending')], 2)?.revision).toBe(1);
    expect(changePostBaseline([revision(0, 'noChannel'), revision(1, 'pending')], 1)).toBeUndefined();
  });
});
