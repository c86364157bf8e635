import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Debian's Chromium; a browser download is never used. */
export const CHROMIUM_PATH = process.env['UTVALG_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that work as root on a closed network (see docs: TOOLING). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the test files find the run's Chromium; set by the e2e global set-up, inherited by the workers. */
export const BROWSER_WS_ENV = 'UTVALG_TEST_BROWSER_WS';

declare global {
  var __UTVALG_BROWSER__: ChildProcess | undefined;
}

/**
 * One Chromium for the whole run: each test file connects to it and gets
 * contexts of its own (fresh profile state per context), instead of starting
 * a browser per file. It runs in a process of its own: served from Jest's
 * main process, a file run in band (in that same process) never got a page.
 * Without Chromium nothing starts: the files then skip or fail as
 * browserAvailability() says.
 */
export async function startSharedBrowser(): Promise<void> {
  if (globalThis.__UTVALG_BROWSER__ || !existsSync(CHROMIUM_PATH)) return;
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'test-browser-server.mjs');
  const child = spawn(process.execPath, [script, CHROMIUM_PATH, ...CHROMIUM_ARGS], { stdio: ['pipe', 'pipe', 'inherit'] });
  globalThis.__UTVALG_BROWSER__ = child;
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(line.trim());
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the shared Chromium exited (${code}) before it was ready`)));
  });
  process.env[BROWSER_WS_ENV] = endpoint;
}

export async function closeSharedBrowser(): Promise<void> {
  const child = globalThis.__UTVALG_BROWSER__;
  globalThis.__UTVALG_BROWSER__ = undefined;
  delete process.env[BROWSER_WS_ENV];
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin!.end();
  await exited;
}
