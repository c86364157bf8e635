import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_WS_ENV, CHROMIUM_ARGS, CHROMIUM_PATH } from './shared-browser';

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
 * The run's shared Chromium (started by the e2e global set-up), or a browser
 * of its own when there is none (a file run outside that project). Every
 * context starts with a fresh, empty profile; close() on a connected browser
 * closes this file's contexts and disconnects, leaving the browser to others.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const shared = process.env[BROWSER_WS_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
