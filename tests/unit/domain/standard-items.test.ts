import { orderAgenda } from '../../../bot/src/domain/agenda';
import { missingStandardItems, standardItem } from '../../../bot/src/domain/standard-items';
import { anItem, MEETING_ID } from './builders';

describe('standard items', () => {
  it('names what a meeting created before they were added by default lacks', () => {
    expect(missingStandardItems([anItem('nav', 10)])).toEqual(['approval', 'anyOtherBusiness']);
    expect(missingStandardItems([anItem('a', 0, { standard: 'approval' }), anItem('nav', 10)])).toEqual(['anyOtherBusiness']);
  });

  it('added to an existing agenda, they land first and last', () => {
    const items = [anItem('nav', 10), anItem('wheel', 20)];
    const added = missingStandardItems(items).map((s) => standardItem(s, MEETING_ID, 'nb'));
    expect(orderAgenda([...items, ...added]).map((i) => i.title)).toEqual([
      'Godkjenning av innkalling og referat',
      'Sak nav',
      'Sak wheel',
      'Eventuelt',
    ]);
  });

  it('are titled in the council language, with fixed ids so they exist once per meeting', () => {
    expect(standardItem('approval', MEETING_ID, 'en')).toMatchObject({
      id: 'approval',
      title: 'Approval of the notice and the minutes',
      kind: 'decision',
    });
    expect(standardItem('anyOtherBusiness', MEETING_ID, 'nn')).toMatchObject({ id: 'any-other-business', title: 'Eventuelt' });
  });
});
