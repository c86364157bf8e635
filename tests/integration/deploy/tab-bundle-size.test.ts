import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * What a member on Teams mobile downloads before the tab shows anything. The
 * minutes and documents views will add to it: when this fails, split the tab
 * by view with dynamic imports (esbuild `splitting: true`, format esm) rather
 * than raise the limit.
 */
const LIMIT_BYTES = 300 * 1000;
const DIST = path.resolve(__dirname, '..', '..', '..', 'tab', 'dist');

describe('the tab’s main script as built (npm run build:tab)', () => {
  const index = path.join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error('tab/dist/index.html is missing: run `npm run build:tab` first');
  const script = /<script src="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1] ?? 'index.html names no script';
  const identity = readFileSync(path.join(DIST, script));

  it.each([
    ['gzip', '.gz', gunzipSync],
    ['brotli', '.br', brotliDecompressSync],
  ])('is at most 300 KB %s-compressed, and the compressed copy is of this build', (_name, suffix, decompress) => {
    const compressed = readFileSync(path.join(DIST, script + suffix));
    expect(compressed.length).toBeLessThanOrEqual(LIMIT_BYTES);
    expect(decompress(compressed).equals(identity)).toBe(true);
  });
});
