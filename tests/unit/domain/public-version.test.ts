import { publicMeetingPackage } from '../../../bot/src/domain/public-version';
import { SECRET, noticePackage } from '../documents/notice-fixture';

describe('the public version of a meeting package', () => {
  const full = noticePackage();
  const pub = publicMeetingPackage(full, 'Unntatt offentlighet');

  it('keeps an exempt item in its place with its number, kind and legal basis, under its public title', () => {
    expect(pub.agenda.map((i) => i.id)).toEqual(full.agenda.map((i) => i.id));
    const item = pub.agenda.find((i) => i.id === 'klage');
    expect(item).toEqual({
      id: 'klage',
      meetingId: 'meeting-1',
      order: 20,
      kind: 'decision',
      title: 'Sak om en enkeltperson',
      caseNumber: { sequence: 25, year: 24 },
      exempt: { legalBasis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    });
  });

  it('uses the default title when the secretary set none', () => {
    const untitled = {
      ...full,
      agenda: full.agenda.map((i) => (i.exempt ? { ...i, exempt: { legalBasis: i.exempt.legalBasis } } : i)),
    };
    expect(publicMeetingPackage(untitled, 'Unntatt offentlegheit').agenda.find((i) => i.id === 'klage')?.title).toBe(
      'Unntatt offentlegheit',
    );
  });

  it('drops the exempt item’s input, every apology reason, proposals and the publication history', () => {
    expect(JSON.stringify(full)).toContain(SECRET);
    expect(JSON.stringify(pub)).not.toContain(SECRET);
    expect(pub.inputRequests.map((r) => r.request.id)).toEqual(['r-budsjett']);
    expect(pub.attendance.find((l) => l.memberId === 'lise')?.answer).toEqual({ kind: 'apologies' });
    expect(JSON.stringify(pub)).not.toContain('sykdom');
    expect(pub.proposals).toEqual([]);
    expect(pub.publication).toBeUndefined();
  });

  it('leaves items that are not exempt as they are', () => {
    expect(pub.agenda.find((i) => i.id === 'budsjett')).toEqual(full.agenda.find((i) => i.id === 'budsjett'));
  });
});
