import { readFile } from 'node:fs/promises';
import { ProposeInputError } from './input-error.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a plain-text policy document. Refuses, with a message naming the file, a file that
 * cannot be read, holds NUL bytes (a binary file), is not valid UTF-8, or holds nothing but
 * whitespace. A leading byte-order mark is dropped (TextDecoder does), so offsets count from the
 * first character a reader sees.
 */
export async function readSourceText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ProposeInputError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes.includes(0)) {
    throw new ProposeInputError(
      `${path} is not a text file (it holds NUL bytes). Give a plain-text (.txt, UTF-8) export of the document.`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ProposeInputError(
      `${path} is not valid UTF-8 text. Convert it to UTF-8 (for example with iconv) and try again.`,
    );
  }
  if (text.trim() === '') {
    throw new ProposeInputError(`${path} is empty: there is no text to read.`);
  }
  return text;
}
