import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The published development account of Azurite (not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  /** Sends a signal to the Azurite process (fault tests pause it with SIGSTOP and end it with SIGKILL). */
  signal(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
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
 * says it is listening. `location` keeps data on disk; omit it for in-memory.
 */
export async function startAzurite(
  options: { port?: number; location?: string; timeoutMs?: number } = {},
): Promise<RunningAzurite> {
  const port = options.port ?? (await freePort());
  const main = require.resolve('azurite/dist/src/table/main.js');
  const args = [
    main,
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
  ];
  if (options.location) {
    mkdirSync(options.location, { recursive: true });
    args.push('--location', options.location, '--debug', path.join(options.location, 'debug.log'));
  } else {
    args.push('--inMemoryPersistence');
  }
  // Its own process group: Ctrl-C in the terminal reaches only us, and stop() asks Azurite to save and
  // close once. A second SIGINT (the terminal's and ours) would end it before its file is written.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const killIfLeft = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killIfLeft);
  child.once('exit', () => process.removeListener('exit', killIfLeft));
  await waitForReady(child, options.timeoutMs ?? 20_000);
  return {
    port,
    connectionString: azuriteConnectionString(port),
    signal: (signal) => {
      child.kill(signal);
    },
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/successfully listening|successfully started/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${String(code)} before it was ready:\n${output}`));
    });
  });
}

/**
 * Azurite's table service saves its data file on SIGINT (or an IPC "shutdown"),
 * not on SIGTERM: a SIGTERM ends it at once and loses what was written since
 * its last autosave (every few seconds), e.g. a whole `demo:reset`.
 */
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
