import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SETTINGS = path.join(ROOT, 'bot', 'src', 'config', 'settings.ts');

/** `value(env, 'NAME')`-style helpers, `env.NAME`, `env['NAME']`, `process.env.NAME`, `process.env['NAME']`. */
const READS = [
  /\(\s*env\s*,\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /\benv\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])/g,
];

/**
 * Every environment variable the server's settings code reads, found in the text of
 * bot/src/config/settings.ts and every bot/src file it imports (relative imports, followed
 * transitively). Read from the source, so a setting added later is found without touching a list.
 */
export function settingsTheServerReads(): { names: Set<string>; files: string[] } {
  const names = new Set<string>();
  const seen = new Set<string>();
  const queue = [SETTINGS];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of READS) {
      for (const match of text.matchAll(pattern)) {
        const name = match[1] ?? match[2];
        if (name && name !== 'env') names.add(name);
      }
    }
    for (const match of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file), match[1]!);
      const resolved = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (resolved) queue.push(resolved);
    }
  }
  return { names, files: [...seen].map((f) => path.relative(ROOT, f)) };
}
