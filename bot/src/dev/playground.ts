import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { devClockLine } from './dev-banner';
import { upcomingDemoMeetingLine } from './upcoming-demo-meeting';
import { exitOnDeveloperError, startDevApp, stopOnSignals, type DevApp } from './dev-app';
import { clockEnv, flagValue } from './dev-flags';
import { DEMO_TEAM_ID } from './demo-ids';

/**
 * `npm run playground`: what `npm start` starts (Azurite, tables, the demo
 * council, the server in dev mode) plus the Microsoft 365 Agents Playground
 * (npm @microsoft/teams-app-test-tool) as a chat client for the bot. Ctrl-C
 * stops all of it. `--as <name>` acts as another mock user (the Playground's
 * UI cannot switch users); `--in-memory` keeps nothing on disk;
 * `--clock-start <ISO time>` and `--clock-speed <N>` run the server at another time and speed.
 *
 * The exported startPlayground() is also used by the browser tests.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The Playground's own default port; when it is taken the Playground picks a random one. */
export const PLAYGROUND_DEFAULT_PORT = 56150;

/** The Playground's mock users (its built-in configuration, version 0.2.x), default user first. */
export const PLAYGROUND_USERS = [
  { id: 'user-id-0', name: 'Alex Wilber', upn: 'alexw@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
  { id: 'user-id-1', name: 'Megan Bowen', upn: 'meganb@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
  { id: 'user-id-2', name: 'Adele Vance', upn: 'adelev@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000022' },
  { id: 'user-id-3', name: 'Isaiah Langer', upn: 'isaiahl@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000023' },
  { id: 'user-id-4', name: 'Patti Fernandez', upn: 'pattif@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000024' },
  { id: 'user-id-5', name: 'Lynne Robbins', upn: 'lynner@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000025' },
] as const;

export type PlaygroundUser = (typeof PLAYGROUND_USERS)[number];

/** Finds a mock user by aadObjectId, Playground id ("user-id-5"), full name or first name (case-insensitive). */
export function findPlaygroundUser(key: string): PlaygroundUser | undefined {
  const k = key.trim().toLowerCase();
  return PLAYGROUND_USERS.find(
    (u) => u.aadObjectId === k || u.id === k || u.name.toLowerCase() === k || u.name.split(' ')[0]?.toLowerCase() === k,
  );
}

/**
 * A Playground configuration (.m365agentsplayground.yml, schema 0.1.1) with
 * `current` as the acting user and the other five mock users in the group
 * chat and the team. Everything else is the Playground's default, except that
 * the personal and group chat ids are fixed (the defaults are random per start).
 * JSON is valid YAML, so the file is written as JSON.
 */
export function playgroundConfig(current: PlaygroundUser): string {
  const user = (u: PlaygroundUser): Record<string, string> => {
    const [givenName = u.name, surname = ''] = u.name.split(' ');
    return { id: u.id, name: u.name, userPrincipleName: u.upn, aadObjectId: u.aadObjectId, givenName, surname, email: u.upn };
  };
  const config = {
    version: '0.1.1',
    tenantId: '00000000-0000-0000-0000-0000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
    currentUser: user(current),
    users: PLAYGROUND_USERS.filter((u) => u.id !== current.id).map(user),
    personalChat: { id: `personal-chat-${current.id}` },
    groupChat: { id: 'group-chat-id', name: 'Group Chat' },
    team: {
      id: DEMO_TEAM_ID,
      name: 'My Team',
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: 'channel-announcements-id', name: 'Announcements' }],
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export interface PlaygroundOptions {
  /** The bot endpoint the Playground posts activities to, e.g. http://127.0.0.1:3978/api/messages. */
  botMessagesUrl: string;
  /** The port to ask for (default 56150); if it is taken the Playground silently picks another. */
  port?: number;
  /** Working directory: the Playground writes its log to ./devTools/m365agentsplayground.log there. */
  cwd: string;
  /** A configuration file to use instead of ./.m365agentsplayground.yml (or the built-in defaults). */
  configFile?: string;
  timeoutMs?: number;
}

export interface RunningPlayground {
  port: number;
  /** The page to open in a browser. */
  url: string;
  logFile: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The Playground's CLI script, run with this Node (not through npx, which would leave it orphaned on stop). */
export function playgroundCli(): string {
  return require.resolve('@microsoft/teams-app-test-tool/cli.js');
}

/**
 * Spawns the Playground against the bot and resolves once it answers
 * GET /_debug/ping. The real port is read from its "Listening on N" line
 * (stdout when that is not a terminal, and its log file).
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const logFile =
    process.env['M365_AGENTS_PLAYGROUND_LOGFILE'] ??
    process.env['TEAMSAPPTESTER_LOGFILE'] ??
    path.join(options.cwd, 'devTools', 'm365agentsplayground.log');
  // The Playground truncates its log at start; removing an old one first means any "Listening on" in it is new.
  rmSync(logFile, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' };
  if (options.configFile) env['M365_AGENTS_PLAYGROUND_CONFIG_PATH'] = options.configFile;
  const args = [
    playgroundCli(),
    'start',
    '-e',
    options.botMessagesUrl,
    '-c',
    'msteams',
    '-p',
    String(options.port ?? PLAYGROUND_DEFAULT_PORT),
    '--disable-telemetry',
  ];
  const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = (): Promise<void> => stopChild(child);
  try {
    const port = await waitForPort(child, () => output + readLog(logFile), timeoutMs);
    await waitForPing(child, port, timeoutMs);
    return { port, url: `http://localhost:${port}`, logFile, child, stop };
  } catch (error) {
    await stop();
    const detail = `${output}${readLog(logFile)}`.slice(-4000);
    throw new Error(`${(error as Error).message}\n--- Playground output and log ---\n${detail}`);
  }
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForPort(child: ChildProcess, text: () => string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /Listening on (\d+)/.exec(text());
    if (match?.[1]) return Number(match[1]);
    if (exited(child)) throw new Error(`The Playground exited (code ${String(child.exitCode)}) before it listened`);
    if (Date.now() > deadline) throw new Error(`The Playground did not say "Listening on N" within ${timeoutMs} ms`);
    await sleep(100);
  }
}

async function waitForPing(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/_debug/ping`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (exited(child)) throw new Error(`The Playground exited (code ${String(child.exitCode)}) before it answered`);
    if (Date.now() > deadline) throw new Error(`The Playground did not answer /_debug/ping within ${timeoutMs} ms`);
    await sleep(150);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const inMemory = args.includes('--in-memory') || process.env['UTVALG_AZURITE_IN_MEMORY'] === '1';
  const asKey = flagValue(args, '--as');
  const actingUser = asKey === undefined ? undefined : findPlaygroundUser(asKey);
  if (asKey !== undefined && !actingUser) {
    console.error(`--as "${asKey}": not a Playground mock user (${PLAYGROUND_USERS.map((u) => u.name).join(', ')})`);
    process.exitCode = 1;
    return;
  }

  let dev: DevApp;
  try {
    dev = await startDevApp({
      location: inMemory ? undefined : path.join(ROOT, '.data', 'azurite'),
      clock: clockEnv(args),
      tabDirectory: path.join(ROOT, 'tab', 'dist'),
    });
  } catch (error) {
    exitOnDeveloperError(error);
    return;
  }
  const { azurite, app, settings, seeded } = dev;
  let playground: RunningPlayground | undefined;
  let stopping = false;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    await playground?.stop();
    await dev.stop();
  };

  try {
    const botPort = await app.listen(settings.port, '127.0.0.1');
    app.startScheduler();

    let configFile: string | undefined;
    if (actingUser) {
      configFile = path.join(ROOT, 'devTools', `playground-as-${actingUser.id}.yml`);
      mkdirSync(path.dirname(configFile), { recursive: true });
      writeFileSync(configFile, playgroundConfig(actingUser));
    }
    const port = process.env['UTVALG_PLAYGROUND_PORT'] ? Number(process.env['UTVALG_PLAYGROUND_PORT']) : PLAYGROUND_DEFAULT_PORT;
    playground = await startPlayground({
      botMessagesUrl: `http://127.0.0.1:${botPort}/api/messages`,
      port,
      cwd: ROOT,
      configFile,
    });
    const running = playground;
    const clockLine = devClockLine(settings.devClock);
    const meetingLine = await upcomingDemoMeetingLine(app.deps);

    console.log(`
  UTVALG DEV MODE (UTVALG_DEV=1): the bot accepts unauthenticated activities. Never in production.${clockLine ? `\n  ${clockLine}` : ''}

  Utvalg is running (${seeded === 'seeded' ? 'demo council seeded' : 'demo council kept from last start'}; storage: Azurite on port ${azurite.port}${inMemory ? ', in memory' : ', .data/azurite'}).

    Agents Playground:  ${running.url}    <- open this in a browser
    acting as:          ${(actingUser ?? PLAYGROUND_USERS[0]).name}${actingUser ? '' : ' (the demo secretary; npm run playground -- --as lynne reads nynorsk, --as patti English)'}
    Bot endpoint:       http://localhost:${botPort}/api/messages
    Tab:                http://localhost:${botPort}/tab/
    Playground log:     ${path.relative(ROOT, running.logFile)}

  Try "hjelp" in Personal Chat. In Group Chat and the team's channels, @mention the bot ("Test Bot").${meetingLine ? `\n  ${meetingLine}` : ''}
  Press Ctrl-C to stop.
`);

    const shutdown = stopOnSignals('\nStopping the Playground, Utvalg and Azurite …', stopAll);
    running.child.once('exit', (code, signal) => {
      if (stopping || signal === 'SIGINT' || signal === 'SIGTERM') return;
      console.error(`\nThe Playground exited (code ${String(code)}, signal ${String(signal)}); see ${running.logFile}`);
      process.exitCode = 1;
      shutdown();
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
