import { closeSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { JournalError } from './journal-error.js';

/** The lock file's name inside the data directory. */
export const LOCK_FILE_NAME = 'yrd-graph.lock';

/** How old an empty lock file (or a break guard) must be to count as left behind by a crash. */
const ABANDONED_AFTER_MS = 10_000;

/** Lock files this process holds, released when it exits normally. */
const heldHere = new Set<string>();
let exitHookInstalled = false;

/** A held lock on a data directory. */
export interface DataDirLock {
  readonly file: string;
  /** Deletes the lock file (if it is still ours). Safe to call twice. */
  release(): void;
}

/**
 * Takes the data directory for this process alone, so two processes never append to one journal and
 * overwrite each other's writes. Node has no flock, so the lock is a file created with O_EXCL (only
 * one creator can succeed) that holds the owner's pid. A lock left by a process that is gone (killed,
 * crashed) is stale: its pid no longer answers `kill(pid, 0)`, and it is broken and taken. Breaking
 * happens under a second O_EXCL file, so two starters cannot both break the same stale lock and then
 * both hold the directory. Holds on one machine: a pid says nothing about another host sharing the
 * directory over a network file system.
 *
 * Throws a JournalError naming the owner's pid when a live process holds the directory.
 */
export function lockDataDir(dir: string): DataDirLock {
  const file = path.join(dir, LOCK_FILE_NAME);
  if (heldHere.has(file)) {
    throw new JournalError(
      `The data directory ${dir} is already open in this process: close the store that holds it first.`,
    );
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file)) {
      hold(file);
      return { file, release: () => release(file) };
    }
    const content = readOrNull(file);
    if (content === null) continue; // Released between our create and our read: try again.
    const owner = Number.parseInt(content, 10);
    if (Number.isInteger(owner) && owner > 0) {
      // Our own pid in a lock we do not hold is a previous life of this pid (a restarted container
      // often runs as pid 1 every time): stale.
      if (owner !== process.pid && isAlive(owner)) {
        throw new JournalError(
          `Another process (pid ${owner}) is using the data directory ${dir}. Two processes on one DATA_DIR ` +
            "would overwrite each other's writes: stop that process, or give this one its own DATA_DIR. " +
            `If no such process runs, delete ${file}.`,
        );
      }
    } else if (ageMs(file) < ABANDONED_AFTER_MS) {
      // Empty or unreadable and new: another process is between creating it and writing its pid.
      throw new JournalError(
        `Another process is taking the data directory ${dir} right now (${file} is being written). Start again in a moment.`,
      );
    }
    breakStaleLock(file, content);
  }
  throw new JournalError(`Could not take the lock ${file}: other processes keep taking it. Start again.`);
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Deletes the stale lock, unless it changed since it was read as `content`. */
function breakStaleLock(file: string, content: string): void {
  const guard = `${file}.break`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A guard left by a starter that died while breaking a lock would block every start for ever.
    if (ageMs(guard) >= ABANDONED_AFTER_MS) unlinkQuietly(guard);
    return;
  }
  try {
    // Under the guard nobody else breaks locks; a live owner only ever creates it afresh (O_EXCL,
    // which fails while it exists), so an unchanged content is still the stale owner's.
    if (readOrNull(file) === content) unlinkQuietly(file);
  } finally {
    closeSync(fd);
    unlinkQuietly(guard);
  }
}

function hold(file: string): void {
  heldHere.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const held of heldHere) release(held);
    });
  }
}

function release(file: string): void {
  if (!heldHere.delete(file)) return;
  if (readOrNull(file)?.trim() === String(process.pid)) unlinkQuietly(file);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
