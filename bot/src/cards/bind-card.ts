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
