import { readFile, stat } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipped = promisify(gzip);

/** A file as read, and gzipped once, for as long as it is unchanged on disk. */
interface Kept {
  mtimeMs: number;
  size: number;
  plain: Buffer;
  gzip: Buffer;
}

/**
 * Reads the files of a bundle, each with its gzip form, made once per version of the file (a file that
 * changes on disk, by a rebuild, is read and compressed again). Why: the workbench's script is 1.4 MB
 * and its styles 0.4 MB, sent raw to every visitor, several seconds on a phone's link; gzipped they are
 * about a quarter of that, and compressing per request would spend tens of milliseconds each time.
 */
export function createCompressedFiles(): (file: string) => Promise<Kept> {
  const kept = new Map<string, Kept>();
  return async (file) => {
    const { mtimeMs, size } = await stat(file);
    const known = kept.get(file);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
    const plain = await readFile(file);
    const entry = { mtimeMs, size, plain, gzip: await gzipped(plain) };
    kept.set(file, entry);
    return entry;
  };
}
