import { isOnAgenda, type AgendaItem, type ItemKind, type StandardItem } from './agenda';
import type { Language } from './language';

/** The standard items, in the order they are checked and added. */
export const STANDARD_ITEMS: readonly StandardItem[] = ['approval', 'anyOtherBusiness'];

const TITLES: Record<StandardItem, Record<Language, string>> = {
  approval: {
    nb: 'Godkjenning av innkalling og referat',
    nn: 'Godkjenning av innkalling og referat',
    en: 'Approval of the notice and the minutes',
  },
  anyOtherBusiness: { nb: 'Eventuelt', nn: 'Eventuelt', en: 'Any other business' },
};

const KINDS: Record<StandardItem, ItemKind> = { approval: 'decision', anyOtherBusiness: 'discussion' };

/** Row ids of the standard items: one of each per meeting, so adding them twice stores them once. */
export const STANDARD_ITEM_IDS: Record<StandardItem, string> = { approval: 'approval', anyOtherBusiness: 'any-other-business' };

export function standardItemTitle(standard: StandardItem, language: Language): string {
  return TITLES[standard][language];
}

/** Which standard items the agenda lacks (meetings created before they were added by default). */
export function missingStandardItems(items: readonly AgendaItem[]): StandardItem[] {
  const present = new Set(items.filter(isOnAgenda).map((i) => i.standard));
  return STANDARD_ITEMS.filter((s) => !present.has(s));
}

/** A standard item for a meeting, titled in the council's language. Its place is fixed by orderAgenda. */
export function standardItem(standard: StandardItem, meetingId: string, language: Language): AgendaItem {
  return {
    id: STANDARD_ITEM_IDS[standard],
    meetingId,
    order: 0,
    title: standardItemTitle(standard, language),
    kind: KINDS[standard],
    standard,
  };
}

/** The items every new meeting starts with: Godkjenning … first, Eventuelt last, in the council's language. */
export function standardAgendaItems(meetingId: string, language: Language): AgendaItem[] {
  return STANDARD_ITEMS.map((standard) => standardItem(standard, meetingId, language));
}
