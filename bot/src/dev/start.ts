import path from 'node:path';
import { DEV_BANNER, devClockLine } from './dev-banner';
import { upcomingDemoMeetingLine } from './upcoming-demo-meeting';
import { exitOnDeveloperError, startDevApp, stopOnSignals, type DevApp } from './dev-app';
import { clockEnv, flagValue } from './dev-flags';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * `npm start`: Azurite (data in .data/azurite, another folder with
 * --data-dir <folder>, or in memory with --in-memory), tables, the demo council
 * on first start, then the server. An Azurite already serving the folder (left
 * by a start that was killed) is reused, never a second one started beside it.
 * `--clock-start <ISO time>` and `--clock-speed <N>` run it at another time and speed.
 * UTVALG_AZURITE_DEBUG=1 writes Azurite's debug log (debug.log in the data folder).
 * Ctrl-C stops the server and Azurite.
 */
async function start(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const inMemory = args.has('--in-memory') || process.env['UTVALG_AZURITE_IN_MEMORY'] === '1';
  const dataDir = flagValue(argv, '--data-dir');
  if (dataDir === '') {
    console.error('--data-dir needs a folder, e.g. --data-dir .data/azurite-try');
    process.exitCode = 1;
    return;
  }
  const location = path.resolve(dataDir ?? path.join(ROOT, '.data', 'azurite'));

  let dev: DevApp;
  try {
    dev = await startDevApp({
      location: inMemory ? undefined : location,
      clock: clockEnv(argv),
      tabDirectory: path.join(ROOT, 'tab', 'dist'),
      resetDemo: args.has('--reset-demo'),
    });
  } catch (error) {
    exitOnDeveloperError(error);
    return;
  }
  const { azurite, app, settings, seeded } = dev;
  if (args.has('--seed-only')) {
    console.log(seeded === 'seeded' ? 'Demo council seeded afresh.' : 'Demo council already there.');
    await dev.stop();
    return;
  }
  const storageLine = inMemory
    ? `Azurite on port ${azurite.port}, in memory`
    : `Azurite on port ${azurite.port}, ${path.relative(process.cwd(), location) || location}` +
      (azurite.reused ? `, reused: it was already serving the folder (pid ${String(azurite.pid)})` : '');

  let port: number;
  try {
    port = await app.listen(settings.port, '127.0.0.1');
  } catch (error) {
    await dev.stop();
    throw error;
  }
  // The archive sweep reads the dev clock: a kept demo started (--clock-start) a year after its seeding archives its approved minutes.
  app.startScheduler();
  console.warn(DEV_BANNER);
  const clockLine = devClockLine(settings.devClock);
  if (clockLine) console.warn(`\n  ${clockLine}`);
  const meetingLine = await upcomingDemoMeetingLine(app.deps);
  console.log(`
  Utvalg is running (${seeded === 'seeded' ? 'demo council seeded' : 'demo council kept from last start'}; storage: ${storageLine}).

    Tab:           http://localhost:${port}/tab/   (as the demo secretary; pick another member at the top)
    Bot endpoint:  http://localhost:${port}/api/messages
    Health:        http://localhost:${port}/api/health

  Talk to the bot without Teams: npm run playground (Microsoft 365 Agents Playground).${meetingLine ? `\n  ${meetingLine}` : ''}
  Press Ctrl-C to stop.
`);
  stopOnSignals('\nStopping Utvalg and Azurite …', () => dev.stop());
}

start().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
