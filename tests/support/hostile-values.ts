import fc from 'fast-check';

/**
 * What a hostile or careless client may send where a value belongs: wrong
 * types, huge and odd strings, odd dates and numbers, and objects carrying
 * `__proto__` and `constructor` keys. Shared by the schema fuzz (unit) and the
 * API and card fuzz (integration).
 */

/** Text a person might well type (and so must come back exactly as typed): markup, templates, RTL, emoji. */
export const LITERAL_TEXTS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '${council.name}',
  '{{title}} ${=1+1}',
  "'; DROP TABLE members; --",
  '\u202Eﺏﺎﺘﻛ\u202C عربى',
  'עברית ← rtl',
  '👩🏽‍⚕️ 🇳🇴 🏳️‍🌈',
  'Æøå ÆØÅ ǅ',
  '\u200B\u200D\uFEFF',
  '%s %d %n',
  '..\\..\\etc/passwd',
] as const;

export const literalText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LITERAL_TEXTS),
  fc.tuple(fc.constantFrom(...LITERAL_TEXTS), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, b]) => `${a} ${b}`),
);

const controlChars = fc
  .array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 5 })
  .map((codes) => `a${String.fromCharCode(...codes)}b`);

const oddDates = fc.constantFrom(
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '26-01-01',
  '+275760-09-13',
  '2026-03-10T25:61',
  '2026-03-10T10:00:00.000+14:00',
  '1970-01-01T00:00:00Z',
  'Invalid Date',
  '',
);

const oddNumbers = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53, Number.MIN_VALUE, 0.5, 601, 10_000),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A string far beyond any field's limit (but under the 256 KB body limit, so it reaches the schemas). */
const hugeString = fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n));

/** An object with keys that would pollute prototypes if merged naively (JSON.parse makes them own keys). */
export const pollutingObject = fc.constantFrom(
  JSON.parse('{"__proto__": {"isAdmin": true, "role": "secretary"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"__proto__": null}') as unknown,
);

/** One value where another was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, '', ' ', '   \t ', [], {}),
  literalText,
  controlChars,
  hugeString,
  oddDates,
  oddNumbers,
  pollutingObject,
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** What to do with one field of a valid body. */
export type FieldMove = { kind: 'keep' } | { kind: 'drop' } | { kind: 'replace'; value: unknown };

/**
 * How to spoil a valid body with the given keys: each field kept, dropped or
 * replaced by a hostile value, maybe an extra key (including `__proto__`),
 * and now and then something that is not an object at all.
 */
export interface HostilePlan {
  moves: FieldMove[];
  extra: { key: string; value: unknown } | null;
  whole: { value: unknown } | null;
}

export function hostilePlan(keys: readonly string[]): fc.Arbitrary<HostilePlan> {
  const move: fc.Arbitrary<FieldMove> = fc.oneof(
    { weight: 2, arbitrary: fc.constant({ kind: 'keep' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
    { weight: 3, arbitrary: hostileValue.map((value) => ({ kind: 'replace' as const, value })) },
  );
  const extraKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'unexpected', 'etag', 'order', 'caseNumber');
  return fc.record({
    moves: fc.tuple(...keys.map(() => move)),
    extra: fc.option(fc.record({ key: extraKey, value: hostileValue })),
    whole: fc.oneof(
      { weight: 9, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: hostileValue.map((value) => ({ value })) },
    ),
  });
}

/** The valid body spoilt as the plan says (keys in the order hostilePlan got them). */
export function applyPlan(plan: HostilePlan, keys: readonly string[], valid: Record<string, unknown>): unknown {
  if (plan.whole) return plan.whole.value;
  const out: Record<string, unknown> = {};
  keys.forEach((key, index) => {
    const move = plan.moves[index] ?? { kind: 'keep' };
    if (move.kind === 'keep') out[key] = valid[key];
    else if (move.kind === 'replace') out[key] = move.value;
  });
  // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it.
  if (plan.extra)
    Object.defineProperty(out, plan.extra.key, { value: plan.extra.value, enumerable: true, writable: true, configurable: true });
  return out;
}
