import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError } from '../../errors.js';
import type { WriteBatch } from '../../model/index.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { JournalError } from './journal-error.js';
import { decodeJournalLine, encodeJournalLine } from './journal-line.js';

/** What to do with a journal that has a damaged line before its last one. */
export type OnCorruptJournal = 'stop' | 'move-aside';

export interface OpenJournalOptions {
  /**
   * `stop`: refuse to start, naming the line. `move-aside`: rename the journal to
   * `<file>.corrupt-<time>` and start from the dataset alone.
   * @default 'stop'
   */
  onCorrupt?: OnCorruptJournal;
}

/** What opening the journal found and did, for the start log. */
export interface JournalRecovery {
  /** The batches to replay, in the order they were written. */
  batches: WriteBatch[];
  /** A last line cut short or damaged by a crash during its append (never acknowledged): cut off. */
  tornTail: { line: number; offset: number; bytes: number; start: string } | null;
  /** With `move-aside`, where the corrupt journal went and the first line that could not be read. */
  movedAside: { to: string; line: number; problem: string } | null;
}

/**
 * The embedded store's write-ahead journal: one checksummed JSON line per committed batch, appended
 * and fsynced before the write is acknowledged, replayed on start. Opening it locks its directory
 * (DATA_DIR) for this process. A last line that is incomplete or fails its checksum was being appended
 * when the process died, so it was never acknowledged: it is cut off before anything new is appended
 * (appending after it would glue the next write onto it, and lose that write at the next start). A
 * damaged line anywhere before the last is real damage to acknowledged writes: the start stops, or
 * with `move-aside`, the journal is renamed and the store starts from the dataset.
 */
export class WriteJournal {
  /** Why the journal refuses every append until a restart, once an append could not be undone. */
  private broken: string | null = null;

  private constructor(
    readonly file: string,
    private readonly fd: number,
    private readonly lock: DataDirLock,
    /** Bytes of whole, acknowledged lines: where a failed append is cut back to. */
    private length: number,
  ) {}

  /** Locks the journal's directory, reads and repairs the journal, and opens it for appending. */
  static open(file: string, options: OpenJournalOptions = {}): { journal: WriteJournal } & JournalRecovery {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const lock = lockDataDir(dir);
    try {
      const read = readJournal(file);
      let movedAside: JournalRecovery['movedAside'] = null;
      let batches = read.batches;
      let length = read.wholeBytes;
      if (read.corrupt) {
        if (options.onCorrupt !== 'move-aside') {
          throw new JournalError(
            `The write journal ${file} is damaged at line ${read.corrupt.line}: ${read.corrupt.problem}. ` +
              'It is not the last line, so it is not a write cut short by a crash but damage to acknowledged writes. ' +
              'Restore the file from a backup, or set JOURNAL_ON_CORRUPT=move-aside to move it aside and start from the dataset alone.',
          );
        }
        const to = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
        renameSync(file, to);
        fsyncDirectory(dir);
        movedAside = { to, line: read.corrupt.line, problem: read.corrupt.problem };
        batches = [];
        length = 0;
      }
      const created = !existsSync(file);
      const fd = openSync(file, 'a');
      // A new file's name is durable only once its directory is: without this, a power cut could
      // lose the whole journal even though every line in it was fsynced.
      if (created) fsyncDirectory(dir);
      if (read.tornTail && !read.corrupt) {
        ftruncateSync(fd, length);
        fsyncSync(fd);
      }
      const tornTail = read.corrupt ? null : read.tornTail;
      return { journal: new WriteJournal(file, fd, lock, length), batches, tornTail, movedAside };
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * Appends a batch and waits for the disk: when this returns, the batch survives a crash. When the
   * disk takes only part of it (full, over a size limit) or fsync fails, the part is cut off again and
   * a STORE_UNAVAILABLE error is thrown: the caller must not apply the batch. If even the cut fails,
   * every later append is refused too, since a torn line followed by good ones would stop the next start.
   */
  append(batch: WriteBatch): void {
    if (this.broken) {
      throw new StoreUnavailableError(
        `the write journal failed earlier (${this.broken}) and takes no more writes until the service restarts`,
        false,
      );
    }
    const bytes = Buffer.from(encodeJournalLine(batch), 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        // A short write is not an error to Node: write the rest, and let the disk say why it cannot.
        const taken = writeSync(this.fd, bytes, written, bytes.length - written);
        if (taken === 0) throw new Error('the disk took no bytes');
        written += taken;
      }
      fsyncSync(this.fd);
    } catch (error) {
      const reason = describe(error);
      this.cutBackAfter(reason);
      throw new StoreUnavailableError(`the write journal could not keep the write: ${reason}`, false);
    }
    this.length += bytes.length;
  }

  /** Closes the file and releases the directory. */
  close(): void {
    try {
      closeSync(this.fd);
    } finally {
      this.lock.release();
    }
  }

  private cutBackAfter(reason: string): void {
    try {
      ftruncateSync(this.fd, this.length);
      fsyncSync(this.fd);
    } catch (error) {
      this.broken = `${reason}, then ${describe(error)} while removing the partial write`;
    }
  }
}

interface ReadJournal {
  batches: WriteBatch[];
  /** Length of the whole, readable lines before any damage. */
  wholeBytes: number;
  tornTail: JournalRecovery['tornTail'];
  corrupt: { line: number; problem: string } | null;
}

/** Reads the journal line by line, in bytes, so a torn tail can be cut at its exact offset. */
function readJournal(file: string): ReadJournal {
  const result: ReadJournal = { batches: [], wholeBytes: 0, tornTail: null, corrupt: null };
  if (!existsSync(file)) return result;
  const data = readFileSync(file);
  let offset = 0;
  for (let line = 1; offset < data.length; line++) {
    const newline = data.indexOf(0x0a, offset);
    const end = newline === -1 ? data.length : newline;
    const text = data.subarray(offset, end).toString('utf8');
    const isLast = newline === -1 || newline === data.length - 1;
    // A line without its newline was still being written: the newline is the last byte appended.
    const decoded =
      newline === -1 ? { ok: false as const, problem: 'it has no newline' } : decodeJournalLine(text);
    if (decoded.ok) {
      result.batches.push(decoded.batch);
    } else if (text.trim() !== '' || newline === -1) {
      if (isLast) {
        result.tornTail = { line, offset, bytes: data.length - offset, start: text.slice(0, 80) };
      } else {
        result.corrupt = { line, problem: decoded.problem };
      }
      return result;
    }
    offset = end + 1;
    result.wholeBytes = offset;
  }
  return result;
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function describe(error: unknown): string {
  const errno = error as NodeJS.ErrnoException;
  return errno.code ? `${errno.code} (${errno.syscall ?? 'write'})` : String(errno.message ?? error);
}
