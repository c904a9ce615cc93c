/**
 * `posgate` command line. Each subcommand lives in its own `<name>-command.ts` and is registered
 * here. Errors reach the user as one line (`posgate: <what is wrong and how to fix it>`), never a
 * stack trace; the exit code is 2 for usage and setup errors.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

const program = new Command('posgate')
  .description('The go-live gate for Magento point-of-sale integrations')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

/** Subcommand factories, loaded lazily so a command's dependencies load only when it runs. */
const commands: Array<() => Promise<Command>> = [
  // one line per subcommand, e.g. () => import('./sim-command.ts').then((m) => m.simCommand()),
  () => import('./sim-command.ts').then((m) => m.simCommand()),
];

for (const make of commands) program.addCommand(await make());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof CliError) {
    cliLog.error(`posgate: ${err.message}`);
    process.exit(err.exitCode);
  }
  const message = err instanceof Error ? err.message : String(err);
  cliLog.error(`posgate: unexpected error: ${message} (run with POSGATE_DEBUG=1 for details)`);
  if (process.env.POSGATE_DEBUG) cliLog.error(String(err instanceof Error ? err.stack : err));
  process.exit(1);
}
