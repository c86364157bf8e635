/**
 * Jest transform: TypeScript to CommonJS with esbuild, no type-checking
 * (`npm test` type-checks the whole tree once with tsc before Jest starts).
 * esbuild does not hoist `jest.mock` above imports as babel-jest does: a test that mocks a
 * module loads what uses the mock with `await import()` after the `jest.mock` call.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync, version } from 'esbuild';

// This file's own text is part of the cache key, so a change to the options above recompiles.
const self = readFileSync(fileURLToPath(import.meta.url), 'utf8');

export default {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcemap: 'external',
      sourcefile: filename,
      sourcesContent: false,
      // import() becomes require(), so it goes through Jest's module registry (and its mocks).
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1')
      .update(self)
      .update(version)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
