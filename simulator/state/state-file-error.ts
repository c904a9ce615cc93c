/**
 * A state file or journal that cannot be loaded without guessing (corruption, a gap in the
 * transaction numbers, a file that is not a posgate snapshot). The message names the file, the place
 * and what to do; the simulator refuses to start rather than serve a state that lost writes.
 */
export class StateFileError extends Error {
  override name = 'StateFileError';
}
