import {
  fromLongTextProperties,
  LONG_TEXT_MAX_CHARS,
  LONG_TEXT_PART_CHARS,
  LongTextTooLong,
  splitText,
  toLongTextProperties,
} from '../../../bot/src/storage/long-text-properties';

const PART = LONG_TEXT_PART_CHARS;
/** No lone surrogate: what `String.prototype.isWellFormed` checks (ES2024, beyond our lib setting). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const roundTrip = (text: string) => fromLongTextProperties(toLongTextProperties('data', text), 'data');

/** No property may hold more than the service's 32K code units, nor start or end inside a surrogate pair. */
function expectStorableParts(properties: Record<string, string | number>): void {
  for (const value of Object.values(properties)) {
    if (typeof value !== 'string') continue;
    expect(value.length).toBeLessThanOrEqual(32 * 1024);
    expect(value.length).toBeLessThanOrEqual(PART);
    expect(wellFormed(value)).toBe(true);
  }
}

describe('long text across properties', () => {
  it('keeps Norwegian letters and emoji through a round trip of several parts', () => {
    const text = 'Brukerne ønsker færre skjemaer på NAV-kontoret i Årdal 🙂👍🏽 '.repeat(4000);
    expect(text.length).toBeGreaterThan(3 * PART);
    const properties = toLongTextProperties('data', text);
    expectStorableParts(properties);
    expect(properties['dataParts']).toBe(Object.keys(properties).length - 1);
    expect(roundTrip(text)).toBe(text);
  });

  it('never splits an emoji whose two halves fall on either side of a part boundary', () => {
    // 'a' shifts the pairs by one, so a boundary would fall between the two halves of an emoji.
    const text = 'a' + '😀'.repeat(PART);
    const parts = splitText(text, PART);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(wellFormed(part)).toBe(true);
    expect(parts[0]).toHaveLength(PART - 1);
    expect(parts.join('')).toBe(text);
    expect(roundTrip(text)).toBe(text);
  });

  it('splits at exact boundaries: one part up to its size, two from one more unit', () => {
    const exact = 'æ'.repeat(PART);
    expect(toLongTextProperties('data', exact)).toEqual({ data: exact });
    const oneMore = exact + 'ø';
    expect(toLongTextProperties('data', oneMore)).toEqual({ data: exact, data1: 'ø', dataParts: 2 });
    expect(roundTrip(oneMore)).toBe(oneMore);
    const twoExact = 'å'.repeat(2 * PART);
    expect(Object.keys(toLongTextProperties('data', twoExact))).toEqual(['data', 'data1', 'dataParts']);
    expect(roundTrip(twoExact)).toBe(twoExact);
  });

  it('stores the empty text and short text as one plain property (as rows written before)', () => {
    expect(toLongTextProperties('data', '')).toEqual({ data: '' });
    expect(roundTrip('')).toBe('');
    expect(fromLongTextProperties({ data: '{"a":1}' }, 'data')).toBe('{"a":1}');
    // Rows whose parts were written without a count (the first published agendas) join what is there.
    expect(fromLongTextProperties({ data: '{"a":', data1: '"b', data2: '"}' }, 'data')).toBe('{"a":"b"}');
  });

  it('takes text up to the limit and refuses one unit more, naming the limit', () => {
    const most = 'x'.repeat(LONG_TEXT_MAX_CHARS);
    expect(roundTrip(most)).toBe(most);
    expect(() => toLongTextProperties('data', most + 'x')).toThrow(LongTextTooLong);
    expect(() => toLongTextProperties('data', 'abcdef', 5)).toThrow('at most 5');
  });

  it('says when an entity has no such text, and refuses a row with a part missing', () => {
    expect(fromLongTextProperties({ other: 'x' }, 'data')).toBeUndefined();
    const properties = toLongTextProperties('data', 'y'.repeat(2 * PART + 1));
    const damaged: Record<string, unknown> = { ...properties };
    delete damaged['data2'];
    expect(() => fromLongTextProperties(damaged, 'data')).toThrow('part 3 of 3');
  });
});
