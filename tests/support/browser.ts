import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_PATH };

/** Where screenshots are kept as test artefacts. */
export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

/**
 * Browser tests run when Chromium is there. In CI (CI set) a missing or broken
 * Chromium fails the run; locally the tests are skipped with a clear message.
 */
export function browserAvailability(): { run: boolean; reason?: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
  if (process.env['CI']) throw new Error(`Browser tests are required in CI: ${reason}`);
  console.warn(`\n  SKIPPING browser tests: ${reason}\n`);
  return { run: false, reason };
}

/**
 * A Chromium of the test file's own. A run-wide browser shared over
 * chromium.connect() was tried: axe's traffic over the WebSocket made
 * tab-proposals-and-agenda three times slower (210 s against 67 s) and its
 * teardown threw "" — a launch costs about a second per file.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
