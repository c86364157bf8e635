import { itemHeading, itemsToNumber, numberAgenda, orderAgenda, type AgendaItem } from '../../../bot/src/domain/agenda';
import { takeBlock } from '../../../bot/src/domain/case-number';
import { InvalidValue } from '../../../bot/src/domain/errors';
import { anItem } from './builders';

/** A 2020 agenda entered in a muddled order: the standard items' `order` says they belong in the middle. */
function muddledAgenda(): AgendaItem[] {
  return [
    anItem('budsjett', 3, { title: 'Budsjett 2021', kind: 'decision' }),
    anItem('eventuelt', 0, { title: 'Eventuelt', standard: 'anyOtherBusiness' }),
    anItem('orientering', 1, { title: 'Orientering fra direktøren', kind: 'briefing' }),
    anItem('godkjenning', 99, { title: 'Godkjenning av innkalling og referat', standard: 'approval', kind: 'decision' }),
    anItem('lokale', 5, { title: 'Forventninger til de lokale brukerutvalgene' }),
    anItem('kalender', 4, { title: 'Møtekalender 2021', kind: 'decision' }),
    anItem('innspill', 2, { title: 'Innspill til handlingsplan' }),
  ];
}

describe('orderAgenda', () => {
  it('puts approval first and Eventuelt last whatever their order, ordinary items by order', () => {
    expect(orderAgenda(muddledAgenda()).map((i) => i.id)).toEqual([
      'godkjenning',
      'orientering',
      'innspill',
      'budsjett',
      'kalender',
      'lokale',
      'eventuelt',
    ]);
  });

  it('does not change the list it is given', () => {
    const items = muddledAgenda();
    const before = items.map((i) => i.id);
    orderAgenda(items);
    expect(items.map((i) => i.id)).toEqual(before);
  });

  it('is stable for equal orders (by id), so everyone sees the same agenda', () => {
    const items = [anItem('b', 1), anItem('a', 1), anItem('c', 0)];
    expect(orderAgenda(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(orderAgenda([...items].reverse()).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('numberAgenda', () => {
  it('numbers every item in agenda order, standard items included (23/20 … 29/20)', () => {
    const { numbers } = takeBlock(23, 7, 2020);
    const numbered = numberAgenda(muddledAgenda(), numbers);
    expect(numbered.map(itemHeading)).toEqual([
      '23/20 Godkjenning av innkalling og referat',
      '24/20 Orientering fra direktøren',
      '25/20 Innspill til handlingsplan',
      '26/20 Budsjett 2021',
      '27/20 Møtekalender 2021',
      '28/20 Forventninger til de lokale brukerutvalgene',
      '29/20 Eventuelt',
    ]);
  });

  it('keeps the numbers of items that already have one and numbers only the new ones', () => {
    const locked = numberAgenda(
      [
        anItem('godkjenning', 0, { standard: 'approval' }),
        anItem('a', 1),
        anItem('eventuelt', 9, { standard: 'anyOtherBusiness' }),
      ],
      takeBlock(1, 3, 2024).numbers,
    );
    // After the notice: a new item is added before 'a'.
    const withNew = [...locked, anItem('ny', 0, { title: 'Ny sak' })];
    expect(itemsToNumber(withNew).map((i) => i.id)).toEqual(['ny']);

    const renumbered = numberAgenda(withNew, takeBlock(4, 1, 2024).numbers);
    const byId = new Map(renumbered.map((i) => [i.id, itemHeading(i)]));
    expect(byId.get('godkjenning')).toBe('1/24 Sak godkjenning');
    expect(byId.get('a')).toBe('2/24 Sak a');
    expect(byId.get('eventuelt')).toBe('3/24 Sak eventuelt');
    expect(byId.get('ny')).toBe('4/24 Ny sak');
    expect(renumbered.map((i) => i.id)).toEqual(['godkjenning', 'ny', 'a', 'eventuelt']);
  });

  it('numbers nothing and needs no numbers when every item already has one', () => {
    const locked = numberAgenda([anItem('a', 0), anItem('b', 1)], takeBlock(8, 2, 2024).numbers);
    expect(numberAgenda(locked, []).map(itemHeading)).toEqual(['8/24 Sak a', '9/24 Sak b']);
  });

  it.each([6, 8, 0])('rejects a block of %i numbers for 7 items', (length) => {
    const block = length === 0 ? [] : takeBlock(23, length, 2020).numbers;
    expect(() => numberAgenda(muddledAgenda(), block)).toThrow(InvalidValue);
  });

  it('does not change the items it is given', () => {
    const items = muddledAgenda();
    numberAgenda(items, takeBlock(23, 7, 2020).numbers);
    expect(items.every((i) => i.caseNumber === undefined)).toBe(true);
  });
});

describe('itemHeading', () => {
  it('is just the title before locking', () => {
    expect(itemHeading(anItem('x', 0, { title: 'Eventuelt' }))).toBe('Eventuelt');
  });

  it('prefixes the unpadded case number after locking', () => {
    expect(itemHeading(anItem('x', 0, { title: 'Eventuelt', caseNumber: { sequence: 3, year: 2005 } }))).toBe('3/05 Eventuelt');
  });
});
