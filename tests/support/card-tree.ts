/** Walks a card's JSON as plain data, for tests that look at every object or string in it. */

export type CardNode = Record<string, unknown>;

export const isCardNode = (v: unknown): v is CardNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the card, in document order. */
export function cardNodes(value: unknown): CardNode[] {
  if (Array.isArray(value)) return value.flatMap(cardNodes);
  if (!isCardNode(value)) return [];
  return [value, ...Object.values(value).flatMap(cardNodes)];
}

/** Every string in the card, in document order. */
export function cardStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(cardStrings);
  if (isCardNode(value)) return Object.values(value).flatMap(cardStrings);
  return [];
}
