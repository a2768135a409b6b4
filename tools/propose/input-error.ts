/**
 * Input the proposal tool refuses: not text, empty, or not English. The CLI prints the message and
 * exits with code 2 (bad usage/input), never a stack trace.
 */
export class ProposeInputError extends Error {
  override readonly name = 'ProposeInputError';
}
