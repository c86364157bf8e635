import { orderAgenda } from '../../../bot/src/domain/agenda';
import { newAgendaOrder } from '../../../bot/src/domain/agenda-edit';
import { attachmentNumbersByItem, isAllowedAttachmentUrl, numberAttachments } from '../../../bot/src/domain/attachments';
import { anItem } from './builders';

const link = (title: string) => ({ title, url: `https://nav.sharepoint.com/sites/utvalg/${encodeURIComponent(title)}.pdf` });

const items = () => [
  anItem('aob', 0, { standard: 'anyOtherBusiness', attachments: [link('Innspill til eventuelt')] }),
  anItem('wheel', 20, { attachments: [link('Årshjul'), link('Møtekalender')] }),
  anItem('approval', 99, { standard: 'approval', attachments: [link('Referat fra forrige møte')] }),
  anItem('nav', 10),
  anItem('budget', 30, { attachments: [link('Budsjett')] }),
];

describe('numberAttachments: Vedlegg 1…n per meeting', () => {
  it('numbers across the items in agenda order, not in the order rows are stored', () => {
    expect(numberAttachments(items()).map((a) => `${a.number} ${a.title}`)).toEqual([
      '1 Referat fra forrige møte',
      '2 Årshjul',
      '3 Møtekalender',
      '4 Budsjett',
      '5 Innspill til eventuelt',
    ]);
  });

  it('renumbers when items move, and skips removed items', () => {
    const moved = newAgendaOrder(items(), ['budget', 'nav', 'wheel']);
    const after = items().map((i) => moved.find((m) => m.id === i.id) ?? i);
    expect(ids(orderAgenda(after))).toEqual(['approval', 'budget', 'nav', 'wheel', 'aob']);
    expect(Object.fromEntries(attachmentNumbersByItem(after))).toEqual({
      approval: [1],
      budget: [2],
      wheel: [3, 4],
      aob: [5],
    });
    const removed = after.map((i) => (i.id === 'budget' ? { ...i, removedAt: '2024-09-01T00:00:00.000Z' } : i));
    expect(Object.fromEntries(attachmentNumbersByItem(removed))).toEqual({ approval: [1], wheel: [2, 3], aob: [4] });
  });
});

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('isAllowedAttachmentUrl', () => {
  it.each([
    'https://nav.sharepoint.com/sites/utvalg/Delte%20dokumenter/arshjul.docx',
    'https://teams.microsoft.com/l/file/ABC?tenantId=x',
  ])('accepts %s', (url) => expect(isAllowedAttachmentUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://x',
    'data:text/html,<script>alert(1)</script>',
    'http://nav.no/plain-http',
    'file:///C:/Users/secret.docx',
    'https://user:password@nav.no/',
    '//nav.no/no-scheme',
    'nav.no',
    '',
  ])('refuses %s', (url) => expect(isAllowedAttachmentUrl(url)).toBe(false));
});
