import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../bot/src/dev/azurite';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import type { AgendaView } from '../../../bot/src/domain/agenda-view';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { BUILT_START, ensureBuiltBot } from '../../support/built-bot';
import { tabApi } from '../../support/tab-api-client';

/**
 * `npm start` (dist/bot/src/dev/start.js) as a developer runs it, on its own
 * data folder: killed with `kill -9` right after a burst of confirmed writes,
 * started again, written to, stopped with Ctrl-C, started again. Every item
 * the API answered 201 for must still be there, and only one Azurite may ever
 * serve the folder (two save over each other's writes).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
// Three starts of the built server (botbuilder loads for seconds on a busy machine).
jest.setTimeout(180_000);

interface DevServer {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

let dataDir: string;
const started: ChildProcess[] = [];

/** Starts start.js on the test's data folder and waits for its "Utvalg is running" summary. */
async function startDevServer(): Promise<DevServer> {
  const port = await freePort();
  const env = { PATH: process.env['PATH'] ?? '', HOME: os.tmpdir(), PORT: String(port) };
  const child = spawn(process.execPath, [BUILT_START, '--data-dir', dataDir], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`start.js did not come up within 90 s:\n${output}`)), 90_000);
    const onExit = (code: number | null): void => {
      clearTimeout(guard);
      reject(new Error(`start.js exited (${String(code)}) before it served:\n${output}`));
    };
    child.once('exit', onExit);
    child.stdout?.on('data', () => {
      if (!output.includes('Utvalg is running')) return;
      clearTimeout(guard);
      child.removeListener('exit', onExit);
      resolve();
    });
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The Azurite processes whose --location is the test's folder, from /proc. */
function azuritesServingFolder(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        const at = args.indexOf('--location');
        return args.some((a) => a.includes('azurite')) && at >= 0 && path.resolve(args[at + 1] ?? '') === dataDir;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

async function upcomingAgendaPath(server: DevServer): Promise<string> {
  const api = tabApi(() => server.baseUrl);
  const reply = await api<{ meetings: Meeting[] }>('GET', `/api/councils/${DEMO_COUNCIL_ID}/meetings`);
  expect(reply.status).toBe(200);
  const upcoming = reply.body.meetings.find((m) => m.status === 'collecting');
  if (!upcoming) throw new Error('the demo council has no meeting collecting items');
  return `/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/agenda`;
}

/** Adds `count` items five at a time and returns the ids the API confirmed with 201. */
async function addItems(server: DevServer, count: number, label: string): Promise<string[]> {
  const api = tabApi(() => server.baseUrl);
  const agenda = await upcomingAgendaPath(server);
  const confirmed: string[] = [];
  for (let start = 0; start < count; start += 5) {
    const batch = Array.from({ length: Math.min(5, count - start) }, (_, i) => ({
      id: randomUUID(),
      title: `${label} ${start + i + 1}`,
      kind: 'briefing',
    }));
    // One after another within a batch: concurrent adds are another issue's subject.
    for (const body of batch) {
      const reply = await api('POST', `${agenda}/items`, { body });
      if (reply.status === 201) confirmed.push(body.id);
    }
  }
  return confirmed;
}

async function itemIds(server: DevServer): Promise<string[]> {
  const api = tabApi(() => server.baseUrl);
  const reply = await api<{ agenda: AgendaView }>('GET', await upcomingAgendaPath(server));
  expect(reply.status).toBe(200);
  return reply.body.agenda.items.map((e) => e.item.id);
}

beforeAll(async () => {
  dataDir = path.resolve(mkdtempSync(path.join(os.tmpdir(), 'utvalg-npm-start-')));
  await ensureBuiltBot();
}, 180_000);

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // Whatever still serves the folder (the orphan, when the fix is missing) is ours to end.
  for (const pid of azuritesServingFolder()) process.kill(pid, 'SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, 200));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start killed with kill -9 and started again on the same data folder', () => {
  it('keeps every confirmed item, and one Azurite serves the folder at a time', async () => {
    const first = await startDevServer();
    const beforeKill = await addItems(first, 10, 'Før kill');
    expect(beforeKill).toHaveLength(10);
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await startDevServer();
    expect(await itemIds(second)).toEqual(expect.arrayContaining(beforeKill));
    expect(azuritesServingFolder()).toHaveLength(1);
    const afterRestart = await addItems(second, 10, 'Etter omstart');
    expect(afterRestart).toHaveLength(10);
    expect(azuritesServingFolder()).toHaveLength(1);
    second.child.kill('SIGINT');
    await exited(second.child);
    expect(azuritesServingFolder()).toEqual([]);

    const third = await startDevServer();
    const kept = await itemIds(third);
    expect(kept).toEqual(expect.arrayContaining([...beforeKill, ...afterRestart]));
    expect(azuritesServingFolder()).toHaveLength(1);
    third.child.kill('SIGINT');
    await exited(third.child);
    expect(azuritesServingFolder()).toEqual([]);
  });
});
