import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setInterval } from 'node:timers/promises';
import { z } from 'zod';

/**
 * The lock file beside Azurite's data: which process serves the folder, on
 * which port, and which `npm start` owns it. Two Azurites on one folder lose
 * writes for good (each saves its own copy over the other's), so whoever
 * starts one first claims this file, and the next start reuses or stops the
 * one it names instead of starting a second.
 */
export const LOCK_FILE = 'azurite-process.json';

const LockSchema = z.object({
  /** The process that started (or took over) this Azurite and stops it. */
  owner: z.number().int().positive(),
  /** Azurite's own process; absent while the owner is still starting it. */
  pid: z.number().int().positive().optional(),
  port: z.number().int().positive().optional(),
  location: z.string(),
  startedAt: z.string(),
  command: z.array(z.string()).optional(),
  /** Set when it was asked to save and close; the next start waits for it to exit. */
  stopping: z.boolean().optional(),
});
export type AzuriteLock = z.infer<typeof LockSchema>;

export const lockPath = (location: string): string => path.join(location, LOCK_FILE);

/**
 * Claims the folder: creates the lock file only if there is none (atomic), so
 * of two starts at the same moment exactly one goes on to start an Azurite.
 */
export function claimLock(location: string, lock: AzuriteLock): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath(location), 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(lock));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock as recorded; 'unreadable' for a file being written or damaged, undefined when there is none. */
export function readLock(location: string): AzuriteLock | 'unreadable' | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath(location), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = LockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Replaces the lock's content in one step (write beside it, then rename), so a reader never sees half of it. */
export function writeLock(location: string, lock: AzuriteLock): void {
  const temporary = `${lockPath(location)}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(lock));
  renameSync(temporary, lockPath(location));
}

/** Removes the lock, or only if it still names Azurite process `pid`. */
export function removeLock(location: string, pid?: number): void {
  if (pid !== undefined) {
    const current = readLock(location);
    if (typeof current === 'object' && current.pid !== pid) return;
  }
  rmSync(lockPath(location), { force: true });
}

/** Whether a process with this id runs (EPERM: it does, but is someone else's); an exited one not yet reaped does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // "pid (name) S …": the state after the name; Z is a zombie.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Whether process `pid` is an Azurite Table service with `--location` this
 * folder, by its command line where the system shows it (/proc on Linux).
 * Elsewhere it answers true and the port check decides.
 */
export function isAzuriteServing(pid: number, location: string): boolean {
  let raw: string;
  try {
    raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No /proc at all (macOS, Windows): nothing to read here.
    if (code === 'ENOENT' && !existsProc()) return true;
    return false;
  }
  const args = raw.split('\0');
  const at = args.indexOf('--location');
  const folder = at >= 0 ? args[at + 1] : undefined;
  return (
    args.some((a) => a.replaceAll('\\', '/').endsWith('azurite/dist/src/table/main.js')) &&
    folder !== undefined &&
    path.resolve(folder) === path.resolve(location)
  );
}

function existsProc(): boolean {
  try {
    readFileSync('/proc/self/cmdline');
    return true;
  } catch {
    return false;
  }
}

/** Whether an Azurite Table service answers on this loopback port (its Server header says so). */
export async function answersAsAzurite(port: number, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return (response.headers.get('server') ?? '').startsWith('Azurite-Table');
  } catch {
    return false;
  }
}

/** How often to look whether a process that is not our child has exited. */
const EXIT_CHECK_INTERVAL_MS = 100;

/**
 * Whether process `pid` exits within `limitMs`. An Azurite left by an earlier
 * start is not our child, so no exit event reaches us: we look at /proc (via
 * signal 0) at an interval instead. The caller decides what a process that
 * outlives the limit means (an error, or SIGKILL).
 */
export async function exitsWithin(pid: number, limitMs: number): Promise<boolean> {
  if (!isAlive(pid)) return true;
  const deadline = Date.now() + limitMs;
  for await (const _tick of setInterval(EXIT_CHECK_INTERVAL_MS)) {
    if (!isAlive(pid)) return true;
    if (Date.now() > deadline) return false;
  }
  return !isAlive(pid);
}
