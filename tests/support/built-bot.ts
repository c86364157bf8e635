import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
export const BUILT_MAIN = path.join(ROOT, 'dist', 'bot', 'src', 'main.js');
export const BUILT_START = path.join(ROOT, 'dist', 'bot', 'src', 'dev', 'start.js');
/** Held while one test file builds, so two workers never run tsc over the same dist/ at once. */
const BUILD_LOCK = path.join(ROOT, '.data', 'build-bot.lock');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newest(full) : statSync(full).mtimeMs;
    }),
  );
}

const upToDate = (): boolean =>
  [BUILT_MAIN, BUILT_START].every((file) => existsSync(file) && statSync(file).mtimeMs >= newest(path.join(ROOT, 'bot', 'src')));

/**
 * `npm run build:bot`, only when dist/ is missing or older than the sources
 * (tsc emits every file at once). Test files that run the built server call it
 * in beforeAll; a folder created with mkdir is the lock between workers.
 */
export async function ensureBuiltBot(): Promise<void> {
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (upToDate()) return;
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than any build is one a killed run left behind.
      if (Date.now() - statSync(BUILD_LOCK).mtimeMs > 180_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another test file holds ${BUILD_LOCK} too long`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (upToDate()) return;
    const tsc = [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'];
    await promisify(execFile)(process.execPath, tsc, { cwd: ROOT }).catch((error: Error & { stdout?: string }) => {
      throw new Error(`npm run build:bot failed:\n${error.stdout ?? error.message}`);
    });
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}
