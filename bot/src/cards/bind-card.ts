import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready to send. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

/**
 * Binds a card template to data. User text must only ever travel in `data`:
 * the templating engine leaves `${…}` inside data literal, but would evaluate
 * it if it were part of the template.
 */
export function bindCard(template: object, data: object): AdaptiveCard {
  const expanded: unknown = new ACData.Template(template).expand({ $root: data });
  if (typeof expanded !== 'object' || expanded === null || (expanded as { type?: unknown }).type !== 'AdaptiveCard') {
    throw new Error('Card template did not produce an Adaptive Card');
  }
  return expanded as AdaptiveCard;
}

/** The plain-text part of a catalogue area: what a template may bind to as `${t.…}`. */
export type TextData<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] extends object ? TextData<T[K]> : T[K];
};

/**
 * A catalogue area as card data: its plain texts, without the message functions
 * (a function is filled in by the builder, with typed values, and passed on its own).
 */
export function textData<T extends object>(texts: T): TextData<T> {
  const entries = Object.entries(texts)
    .filter(([, value]) => typeof value !== 'function')
    .map(([key, value]: [string, unknown]) => [key, typeof value === 'object' && value !== null ? textData(value) : value]);
  return Object.fromEntries(entries) as TextData<T>;
}
