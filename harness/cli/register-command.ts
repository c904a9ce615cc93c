/**
 * `posgate register`: the reference register as an HTTP service speaking the driver contract as
 * JSON (docs/driver-contract.md), for the harness's `--driver http://…`, a manual session with
 * curl, or as the example a vendor's own service follows. It prints where it listens and the
 * routes, and stops cleanly on SIGINT/SIGTERM (closing the register). Bad input is one line on
 * stderr and exit code 2.
 */
import { Command } from 'commander';
import { type RegisterService, startRegisterService } from '../../register/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';
import { runRegisterPage } from './register-ui.ts';

interface RawOptions {
  port: string;
  host: string;
  ui?: boolean;
  session?: string;
}

export function registerCommand(): Command {
  return new Command('register')
    .description('Start the reference register as an HTTP service (the driver contract as JSON)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '7090')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--ui', 'serve the browser register page instead (the register runs in the browser)')
    .option('--session <file>', 'with --ui: the till session, a RegisterSession JSON file (dataDir optional)')
    .action(async (raw: RawOptions) => {
      if (raw.ui) return runRegisterPage({ ...toServiceOptions(raw), session: raw.session }, untilStopped);
      if (raw.session)
        throw new CliError('--session goes with --ui (the JSON service takes its session in POST /open)');
      const service = await start(toServiceOptions(raw));
      printBanner(service);
      await untilStopped();
      await service.close();
      cliLog.info('posgate register: stopped');
    });
}

export function toServiceOptions(raw: RawOptions): { port: number; host: string } {
  const port = Number(raw.port);
  if (!/^\d+$/.test(raw.port) || port > 65535) {
    throw new CliError(`--port must be a number from 0 to 65535 (0 picks a free port), got "${raw.port}"`);
  }
  if (raw.host.trim() === '') throw new CliError('--host must name an address, e.g. 127.0.0.1 or 0.0.0.0');
  return { port, host: raw.host };
}

async function start(options: { port: number; host: string }): Promise<RegisterService> {
  try {
    return await startRegisterService(options);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      throw new CliError(
        `${options.host}:${options.port} is already in use: stop what listens there, or pick another --port (0 = any)`,
      );
    }
    throw new CliError(`cannot listen on ${options.host}:${options.port}: ${e.message}`);
  }
}

function printBanner(service: RegisterService): void {
  cliLog.info(`posgate register: the reference register listening on ${service.url}`);
  cliLog.info('  POST /open {session}  POST /sell {sale}  POST /return {return}  GET /stock/:sku');
  cliLog.info('  POST /sync  GET /status  POST /close  GET /held  POST /held/:saleId/release|void');
  cliLog.info('Stop with Ctrl+C.');
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      cliLog.info(`posgate register: ${signal}, stopping`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
