import { LANGUAGES } from '../../../bot/src/domain/language';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { plural } from '../../../bot/src/texts/plural';

type Shape = Map<string, string>;

/** Every leaf of a catalogue by path: 'string', or 'function/N' with its arity. */
function shapeOf(value: unknown, path = '', into: Shape = new Map()): Shape {
  if (typeof value === 'function') into.set(path, `function/${value.length}`);
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) shapeOf(child, path ? `${path}.${key}` : key, into);
  else into.set(path, typeof value);
  return into;
}

describe('the text catalogues', () => {
  const reference = shapeOf(textsFor('nb'));

  it.each(LANGUAGES.filter((l) => l !== 'nb'))('%s has the same keys and message parameters as bokmål', (language) => {
    const shape = shapeOf(textsFor(language));
    const differences = [...new Set([...reference.keys(), ...shape.keys()])]
      .filter((key) => reference.get(key) !== shape.get(key))
      .map((key) => `${key}: nb ${reference.get(key) ?? 'missing'}, ${language} ${shape.get(key) ?? 'missing'}`);
    expect(differences).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty text', (language) => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string' && value.trim() === '') empty.push(path);
      else if (value !== null && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(textsFor(language), language);
    expect(empty).toEqual([]);
  });
});

describe('plural', () => {
  it.each(LANGUAGES)('%s picks "one" only for exactly one', (language) => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2, 5, 21].map((n) => plural(language, n, forms))).toEqual(['other', 'one', 'other', 'other', 'other']);
  });
});
