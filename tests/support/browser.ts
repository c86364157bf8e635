import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; a browser download is never used. */
export const CHROMIUM_PATH = process.env['UTVALG_CHROMIUM'] ?? '/usr/bin/chromium';

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

/** Playwright gives each launch a fresh, empty profile of its own. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
