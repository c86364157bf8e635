import type { AdaptiveCard } from '../../../bot/src/cards/bind-card';
import { agendaChangesCardFor, noticeCard, noticeCardFor } from '../../../bot/src/cards/notice-card';
import { comparePublications } from '../../../bot/src/domain/agenda-changes';
import { buildPublication } from '../../../bot/src/domain/agenda-publication';
import { LANGUAGES, type Language } from '../../../bot/src/domain/language';
import { aCouncil, aMeeting, anItem } from '../domain/builders';
import { cardNodes as nodes, cardStrings as strings, type CardNode as Node } from '../../support/card-tree';

/** Text the templating engine would change if it evaluated it: `${t.agenda}` and `${webUrl}` name real data keys. */
const EVIL = '${webUrl} ${t.agenda} **fet** [lenke](https://evil.example) <script>alert(1)</script>';

/** Each text line as a reader sees it: a TextBlock, or a RichTextBlock's runs joined. */
function lines(card: AdaptiveCard): string[] {
  return nodes(card['body']).flatMap((n) => {
    if (n['type'] === 'TextBlock') return [n['text'] as string];
    if (n['type'] === 'RichTextBlock') return [(n['inlines'] as Node[]).map((r) => r['text'] as string).join('')];
    return [];
  });
}
const buttons = (card: AdaptiveCard) => nodes(card['actions']).filter((n) => n['type'] === 'Action.OpenUrl');

const KNOWN = new Set(['TextBlock', 'RichTextBlock', 'TextRun', 'Action.OpenUrl']);

function expectWellFormed(card: AdaptiveCard, language: Language): void {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: language });
  const fromUser = (s: string) => s.includes('<script>');
  expect(strings(card).filter((s) => s.includes('${') && !fromUser(s))).toEqual([]);
  expect(strings(card).filter((s) => /\{\w+\}|undefined|\[object Object\]/.test(s) && !fromUser(s))).toEqual([]);
  for (const node of nodes([card['body'], card['actions']])) {
    expect(Object.keys(node).filter((k) => k.startsWith('$'))).toEqual([]);
    if (node['type'] !== undefined) expect(KNOWN).toContain(node['type']);
  }
  for (const line of lines(card)) expect(line.trim()).not.toBe('');
  // Markdown in user text would render in a TextBlock; a TextRun shows it as typed.
  for (const block of nodes(card['body']).filter((n) => n['type'] === 'TextBlock'))
    expect(fromUser(block['text'] as string)).toBe(false);
  for (const button of buttons(card)) {
    expect((button['title'] as string).trim()).not.toBe('');
    expect(button['url']).toMatch(/^https?:\/\//);
  }
}

const n = (sequence: number) => ({ sequence, year: 2026 });
const meeting = aMeeting({
  id: 'm-2026-09-16',
  status: 'noticeSent',
  startsAt: '2026-09-16T08:00:00.000Z',
  endsAt: '2026-09-16T10:30:00.000Z',
  place: 'NAV Skien, møterom Ibsen',
  onlineLink: 'https://teams.microsoft.com/l/meetup-join/demo',
});
const agenda = [
  anItem('approval', 0, { title: 'Godkjenning av innkalling og referat', standard: 'approval', caseNumber: n(23) }),
  anItem('news', 10, { title: 'Nytt fra NAV', caseNumber: n(24) }),
  anItem('secret', 20, { title: 'Klagesak', exempt: { legalBasis: 'offl. § 13' }, caseNumber: n(25) }),
  anItem('evil', 30, { title: EVIL, caseNumber: n(26) }),
  anItem('aob', 1000, { title: 'Eventuelt', standard: 'anyOtherBusiness', caseNumber: n(27) }),
];
const notice = buildPublication(meeting, agenda, 0, 'sec', new Date('2026-09-09T08:00:00Z'));
const links = {
  web: 'https://utvalg.example.no/tab/#/package/m-2026-09-16',
  teams: 'https://teams.microsoft.com/l/entity/app/utvalg-meeting?context=%7B%7D',
};

describe('the notice card posted in the council channel', () => {
  it.each(LANGUAGES)('is a well-formed Adaptive Card 1.5 in %s', (language) => {
    expectWellFormed(noticeCardFor(aCouncil({ language, name: EVIL }), notice, links).card, language);
  });

  it('says council, date and time as Norwegians write them, place, and the numbered agenda in order', () => {
    const { card, text } = noticeCardFor(aCouncil(), notice, links);
    expect(lines(card)).toEqual([
      'Innkalling til møte i Brukerutvalget i NAV Vestfold og Telemark',
      'onsdag 16. september kl. 10.00–12.30',
      'Sted: NAV Skien, møterom Ibsen',
      'Saksliste',
      '23/26 Godkjenning av innkalling og referat',
      '24/26 Nytt fra NAV',
      '25/26 Klagesak (unntatt offentlighet)',
      `26/26 ${EVIL}`,
      '27/26 Eventuelt',
      'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
    ]);
    expect(text).toBe('Innkalling: Brukerutvalget i NAV Vestfold og Telemark, onsdag 16. september kl. 10.00–12.30');
  });

  it('links to the package in Teams and in the browser, and to the online meeting', () => {
    const { card } = noticeCardFor(aCouncil(), notice, links);
    expect(buttons(card).map((b) => [b['title'], b['url']])).toEqual([
      ['Åpne møtepakken i Teams', links.teams],
      ['Åpne møtepakken', links.web],
      ['Bli med digitalt', 'https://teams.microsoft.com/l/meetup-join/demo'],
    ]);
    const withoutLinks = noticeCard({
      language: 'nn',
      councilName: 'Brukarutvalet',
      meetingTime: 'onsdag 16. september kl. 10.00–12.30',
      agenda: [{ heading: '1/26 Eventuelt', exempt: false }],
      links: {},
    }).card;
    expect(buttons(withoutLinks)).toEqual([]);
    expect(lines(withoutLinks)).toContain('Møtepakken med vedlegg og innspel ligg i fana «Utvalg».');
    expectWellFormed(withoutLinks, 'nn');
  });

  it('keeps a 40-item agenda of long titles well under the Teams message size', () => {
    const many = Array.from({ length: 40 }, (_, i) => anItem(`i${i}`, i, { title: 'Å'.repeat(200), caseNumber: n(i + 1) }));
    const { card } = noticeCardFor(
      aCouncil(),
      buildPublication(meeting, many, 0, 'sec', new Date('2026-09-09T08:00:00Z')),
      links,
    );
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });
});

describe('the agenda-changes card', () => {
  const later = [
    ...agenda.filter((i) => i.id !== 'news'),
    anItem('safety', 25, { title: 'Sikkerhet ved NAV-kontorene', caseNumber: n(28) }),
  ].map((i) => (i.id === 'evil' ? { ...i, title: 'Årshjul 2027', plannedMinutes: 20 } : i));
  const movedMeeting = { ...meeting, startsAt: '2026-09-16T09:00:00.000Z', endsAt: '2026-09-16T11:00:00.000Z' };
  const revision1 = buildPublication(movedMeeting, later, 1, 'sec', new Date('2026-09-12T08:00:00Z'));

  it.each(LANGUAGES)('is well-formed in %s', (language) => {
    const council = aCouncil({ language });
    expectWellFormed(agendaChangesCardFor(council, revision1, comparePublications(notice, revision1), links).card, language);
  });

  it('lists the new time, new items with their new numbers, changed and removed items', () => {
    const { card, text } = agendaChangesCardFor(aCouncil(), revision1, comparePublications(notice, revision1), links);
    expect(lines(card)).toEqual([
      'Endringer i sakslisten: Brukerutvalget i NAV Vestfold og Telemark',
      'onsdag 16. september kl. 11.00–13.00',
      'Sakslisten er endret etter innkallingen:',
      'Nytt tidspunkt: onsdag 16. september kl. 11.00–13.00',
      'Ny sak: 28/26 Sikkerhet ved NAV-kontorene',
      'Endret: 26/26 Årshjul 2027 (ny tittel, ny tidsramme)',
      'Tatt av sakslisten: 24/26 Nytt fra NAV',
      'Møtepakken med vedlegg og innspill ligger i fanen «Utvalg».',
    ]);
    expect(text).toBe('Sakslisten til møtet onsdag 16. september kl. 11.00–13.00 er endret');
  });
});
