import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import {
  answersAsAzurite,
  claimLock,
  isAlive,
  isAzuriteServing,
  readLock,
  removeLock,
  exitsWithin,
  writeLock,
  type AzuriteLock,
} from './azurite-lock';

/** The published development account of Azurite (not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
/** How long an Azurite that was told to close may take: on SIGINT it saves its whole database first. */
const CLOSING_LIMIT_MS = 20_000;
/** How long our own SIGINT may take before SIGKILL (a save that long means it hangs). */
const SAVING_LIMIT_MS = 15_000;
/** After SIGKILL the kernel ends it at once; this only bounds a process stuck in the kernel. */
const KILL_LIMIT_MS = 5_000;
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** Azurite's own output (start and close lines only: it runs --silent), replaced at each fresh start. */
export const AZURITE_LOG_FILE = 'azurite.log';
/** Azurite's debug log, only when asked for: it grows by every request (594 MB after ~6,000). */
export const AZURITE_DEBUG_LOG_FILE = 'debug.log';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  /** Azurite's process. */
  pid: number | undefined;
  /** It was already serving the folder (left by an earlier start, or another one's) and this start connected to it. */
  reused: boolean;
  /** Sends a signal to the Azurite process (fault tests pause it with SIGSTOP and end it with SIGKILL). */
  signal(signal: NodeJS.Signals): void;
  /** Asks it to save and close, and waits until it has; a no-op for one that another running start owns. */
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  port?: number;
  /** Keeps data in this folder; omit it for in memory. */
  location?: string;
  timeoutMs?: number;
  /** Writes Azurite's debug log (debug.log in the data folder, emptied at each fresh start). */
  debugLog?: boolean;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Azurite's Table service as a direct child process (not through npx,
 * which would leave the real server holding the port) and waits until it
 * says it is listening. With `location` the data is kept on disk, and only one
 * Azurite ever serves that folder: one already serving it is reused.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  return options.location ? startOnDisk(path.resolve(options.location), options) : startInMemory(options);
}

function azuriteArgs(port: number): string[] {
  return [
    require.resolve('azurite/dist/src/table/main.js'),
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    // No access log line per request on its standard output.
    '--silent',
  ];
}

async function startInMemory(options: AzuriteOptions): Promise<RunningAzurite> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [...azuriteArgs(port), '--inMemoryPersistence'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Nothing to save: whatever happens to this process, it must not outlive it.
  const killIfLeft = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killIfLeft);
  child.once('exit', () => process.removeListener('exit', killIfLeft));
  let output = '';
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  await waitUntil(child, () => output, options.timeoutMs ?? 20_000);
  return {
    port,
    connectionString: azuriteConnectionString(port),
    pid: child.pid,
    reused: false,
    signal: (signal) => {
      child.kill(signal);
    },
    stop: () => stopChild(child),
  };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The lock file beside the data decides: nobody serves the folder (claim it,
 * start one); an Azurite serves it whose owner is gone, e.g. after a `kill -9`
 * of `npm start` (take it over: it still holds every confirmed write in
 * memory); another running start owns it (use it, leave it to that one); it is
 * closing (wait until it has saved and exited); the lock names a process that
 * is gone or is something else (stale: remove it).
 */
async function startOnDisk(location: string, options: AzuriteOptions): Promise<RunningAzurite> {
  mkdirSync(location, { recursive: true });
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + Math.max(timeoutMs, 30_000);
  let unreadableSince: number | undefined;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`Azurite on ${location}: gave up waiting for the process named in its lock file`);
    const claim: AzuriteLock = { owner: process.pid, location, startedAt: new Date().toISOString() };
    if (claimLock(location, claim)) {
      try {
        return await spawnOnDisk(location, claim, options);
      } catch (error) {
        removeLock(location);
        throw error;
      }
    }
    const lock = readLock(location);
    if (lock === undefined) continue;
    if (lock === 'unreadable') {
      // Another start between creating and filling it, or a damaged file.
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince > 2_000) removeLock(location);
      else await pause(100);
      continue;
    }
    unreadableSince = undefined;
    const ownerRuns = lock.owner !== process.pid && isAlive(lock.owner);
    if (lock.pid === undefined) {
      if (ownerRuns) await pause(200);
      else removeLock(location);
      continue;
    }
    const pid = lock.pid;
    if (!isAlive(pid) || !isAzuriteServing(pid, location) || lock.port === undefined) {
      removeLock(location, pid);
      continue;
    }
    if (lock.stopping) {
      if (!(await exitsWithin(pid, CLOSING_LIMIT_MS))) throw notAnswering(pid, location, lock.port, 'did not finish closing');
      removeLock(location, pid);
      continue;
    }
    if (!(await answersWithin(lock.port, 5_000))) throw notAnswering(pid, location, lock.port, 'does not answer');
    if (options.port !== undefined && options.port !== lock.port) {
      if (ownerRuns) {
        throw new Error(
          `Azurite (pid ${pid}) already serves ${location} on port ${lock.port} for process ${lock.owner}; ` +
            `stop that one first, or start without asking for port ${options.port}.`,
        );
      }
      await stopByPid(pid, location);
      continue;
    }
    if (ownerRuns) return reusedAzurite(pid, lock.port, async () => {});
    writeLock(location, { ...lock, owner: process.pid });
    const stopOnExit = (): void => signalClose(pid, location);
    process.once('exit', stopOnExit);
    return reusedAzurite(pid, lock.port, async () => {
      process.removeListener('exit', stopOnExit);
      await stopByPid(pid, location);
    });
  }
}

function reusedAzurite(pid: number, port: number, stop: () => Promise<void>): RunningAzurite {
  return { port, connectionString: azuriteConnectionString(port), pid, reused: true, signal: signalTo(pid), stop };
}

function notAnswering(pid: number, location: string, port: number, what: string): Error {
  return new Error(
    `Azurite (pid ${pid}) serves ${location} but ${what} on port ${port}. ` +
      `Stop it with \`kill -INT ${pid}\` (it saves its data on SIGINT), then start again.`,
  );
}

async function answersWithin(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await answersAsAzurite(port)) return true;
    if (Date.now() > deadline) return false;
    await pause(250);
  }
}

async function spawnOnDisk(location: string, claim: AzuriteLock, options: AzuriteOptions): Promise<RunningAzurite> {
  const port = options.port ?? (await freePort());
  const args = [...azuriteArgs(port), '--location', location];
  const debugLog = path.join(location, AZURITE_DEBUG_LOG_FILE);
  // Earlier versions wrote it on every start and it reached hundreds of megabytes.
  rmSync(debugLog, { force: true });
  if (options.debugLog) args.push('--debug', debugLog);
  // Its output goes to a file, not a pipe to us: after a `kill -9` of this process a write to the
  // broken pipe (EPIPE) would end Azurite before it saved what it holds.
  const logFile = path.join(location, AZURITE_LOG_FILE);
  const out = openSync(logFile, 'w');
  // Its own process group: Ctrl-C in the terminal reaches only us, and stop() asks Azurite to save and
  // close once. A second SIGINT (the terminal's and ours) would end it before its file is written.
  const child = spawn(process.execPath, args, { stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Azurite did not start (no process id)');
  await waitUntil(child, () => readLog(logFile), options.timeoutMs ?? 20_000);
  writeLock(location, { ...claim, pid, port, command: [process.execPath, ...args] });
  // If this process ends without stop(), Azurite still saves: SIGINT, not SIGKILL.
  const stopOnExit = (): void => signalClose(pid, location);
  process.once('exit', stopOnExit);
  return {
    port,
    connectionString: azuriteConnectionString(port),
    pid,
    reused: false,
    signal: signalTo(pid),
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await stopByPid(pid, location);
    },
  };
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // its folder removed meanwhile, e.g. by a test that gave up
  }
}

/** Polls `output()` until Azurite says it listens; rejects when it exits first or takes too long. */
function waitUntil(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const onExit = (code: number | null): void => {
      clearInterval(timer);
      reject(new Error(`Azurite exited with code ${String(code)} before it was ready:\n${output()}`));
    };
    const timer = setInterval(() => {
      if (/successfully listening|successfully started/i.test(output())) {
        clearInterval(timer);
        child.removeListener('exit', onExit);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        child.removeListener('exit', onExit);
        child.kill('SIGKILL');
        reject(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output()}`));
      }
    }, 50);
    child.once('exit', onExit);
  });
}

const signalTo =
  (pid: number) =>
  (signal: NodeJS.Signals): void => {
    process.kill(pid, signal);
  };

/** Asks it to save and close, without waiting (for process 'exit', where nothing can be awaited). */
function signalClose(pid: number, location: string): void {
  const lock = readLock(location);
  if (typeof lock === 'object' && lock.pid === pid) writeLock(location, { ...lock, stopping: true });
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // Already gone.
  }
}

/**
 * Azurite's table service saves its data file on SIGINT (or an IPC "shutdown"),
 * not on SIGTERM: a SIGTERM ends it at once and loses what was written since
 * its last autosave (every 5 s), e.g. a whole `demo:reset`.
 */
async function stopByPid(pid: number, location: string): Promise<void> {
  if (!isAlive(pid)) {
    removeLock(location, pid);
    return;
  }
  signalClose(pid, location);
  if (!(await exitsWithin(pid, SAVING_LIMIT_MS))) {
    process.kill(pid, 'SIGKILL');
    if (!(await exitsWithin(pid, KILL_LIMIT_MS))) throw new Error(`Azurite (pid ${pid}) serving ${location} outlived SIGKILL.`);
  }
  removeLock(location, pid);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}
