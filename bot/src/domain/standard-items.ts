import type { AgendaItem, StandardItem } from './agenda';
import type { Language } from './language';

/**
 * Ids of the two items every new meeting starts with. Fixed per meeting, so a
 * retried "create meeting" finds them instead of adding a second pair.
 */
export const STANDARD_ITEM_IDS: Readonly<Record<StandardItem, string>> = {
  approval: 'approval',
  anyOtherBusiness: 'any-other-business',
};

const TITLES: Readonly<Record<Language, Record<StandardItem, string>>> = {
  nb: { approval: 'Godkjenning av innkalling og referat', anyOtherBusiness: 'Eventuelt' },
  nn: { approval: 'Godkjenning av innkalling og referat', anyOtherBusiness: 'Eventuelt' },
  en: { approval: 'Approval of the notice and the minutes', anyOtherBusiness: 'Any other business' },
};

export function standardItemTitle(item: StandardItem, language: Language): string {
  return TITLES[language][item];
}

/**
 * Godkjenning av innkalling og referat (a decision: it approves the notice and
 * the previous meeting's minutes) and Eventuelt, titled in the council's
 * language. `orderAgenda` keeps them first and last whatever their `order`.
 */
export function standardAgendaItems(meetingId: string, language: Language): AgendaItem[] {
  return [
    {
      id: STANDARD_ITEM_IDS.approval,
      meetingId,
      order: 0,
      title: standardItemTitle('approval', language),
      kind: 'decision',
      standard: 'approval',
    },
    {
      id: STANDARD_ITEM_IDS.anyOtherBusiness,
      meetingId,
      order: 1000,
      title: standardItemTitle('anyOtherBusiness', language),
      kind: 'discussion',
      standard: 'anyOtherBusiness',
    },
  ];
}
