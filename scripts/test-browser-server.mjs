// The browser tests' shared Chromium, in a process of its own (tests/support/shared-browser.ts starts it):
// prints its WebSocket endpoint on one line, and closes the browser when stdin closes or on SIGTERM.
import { chromium } from 'playwright-core';

const [executablePath, ...args] = process.argv.slice(2);
const server = await chromium.launchServer({ executablePath, headless: true, args });
process.stdout.write(`${server.wsEndpoint()}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
