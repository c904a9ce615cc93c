/**
 * The simulator's logger: quiet unless asked. The only place in simulator/ that writes to the
 * console (architecture rule 10).
 */
export interface Logger {
  info(line: string): void;
  error(line: string): void;
}

export const SILENT: Logger = { info: () => {}, error: () => {} };

export const CONSOLE: Logger = {
  info: (line) => console.log(line),
  error: (line) => console.error(line),
};
