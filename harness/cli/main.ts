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

/**
 * Subcommand factories by name. Only the command being run is loaded (each pulls in a whole
 * component); `--help` and unknown names load them all so commander can list or reject them.
 */
const commands: Record<string, () => Promise<Command>> = {
  run: () => import('./run-command.ts').then((m) => m.runCommand()),
  sim: () => import('./sim-command.ts').then((m) => m.simCommand()),
  proxy: () => import('./proxy-command.ts').then((m) => m.proxyCommand()),
  reconcile: () => import('./reconcile-command.ts').then((m) => m.reconcileCommand()),
  register: () => import('./register-command.ts').then((m) => m.registerCommand()),
  cleanup: () => import('./cleanup-command.ts').then((m) => m.cleanupCommand()),
};

const requested = process.argv[2];
const toLoad = requested && commands[requested] ? [commands[requested]] : Object.values(commands);
for (const make of toLoad) program.addCommand(await make());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  if (err instanceof CliError) {
    cliLog.error(`posgate: ${err.message}`);
    process.exit(err.exitCode);
  }
  const message = err instanceof Error ? err.message : String(err);
  cliLog.error(`posgate: unexpected error: ${message} (run with POSGATE_DEBUG=1 for details)`);
  if (process.env.POSGATE_DEBUG) cliLog.error(String(err instanceof Error ? err.stack : err));
  process.exit(1);
}
