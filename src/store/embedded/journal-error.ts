/**
 * The embedded store cannot start on its data directory: the journal is corrupt, or another process
 * holds the directory. The message says what to do; the command-line tools print it without a stack.
 */
export class JournalError extends Error {
  override readonly name = 'JournalError';
}
