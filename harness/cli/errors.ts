/**
 * The CLI's user-facing failure: one line that says what is wrong and how to fix it. Commands throw
 * it; `main.ts` prints its message alone (no stack trace) and exits with its code.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
