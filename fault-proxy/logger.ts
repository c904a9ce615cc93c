/**
 * The fault proxy's only writer to the console (architecture rule 10). Quiet by default: the
 * in-process proxy logs nothing unless a logger or a level is given; the CLI passes `info`.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** A logger writing one line per event to stderr, dropping events below `level`. */
export function consoleLogger(level: LogLevel = 'info'): Logger {
  const at =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields?: LogFields): void => {
      if (order[lvl] < order[level]) return;
      const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
      console.error(`fault-proxy ${lvl}: ${message}${extra}`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The default: says nothing. */
export const quietLogger: Logger = consoleLogger('silent');

export function isLogLevel(value: string): value is LogLevel {
  return value in order;
}
