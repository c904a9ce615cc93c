/**
 * `posgate proxy`: the Toxiproxy-compatible fault proxy as a standalone server, for
 * toxiproxy-node-client, `toxiproxy-cli` or curl. It prints the API URL and the proxies loaded from
 * `--config`, and stops on SIGINT/SIGTERM (dropping every proxied connection). Bad input is one line
 * on stderr and exit code 2.
 */
import { Command } from 'commander';
import {
  consoleLogger,
  createFaultProxy,
  type FaultProxy,
  type FaultProxyOptions,
  FaultProxyStartError,
  isLogLevel,
  TOXIPROXY_VERSION,
} from '../../fault-proxy/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

interface RawOptions {
  port: string;
  host: string;
  config?: string;
  seed?: string;
  proxyMetrics?: boolean;
  logLevel: string;
}

export function proxyCommand(): Command {
  return new Command('proxy')
    .description(`Start the fault proxy: Toxiproxy ${TOXIPROXY_VERSION}'s HTTP API and TCP toxics`)
    .option('--port <port>', 'API port (0 picks a free one)', '8474')
    .option('--host <host>', 'API address (proxies listen where their `listen` says)', '127.0.0.1')
    .option('--config <file>', 'JSON array of proxies to create at start, as for POST /populate')
    .option('--seed <n>', 'seed for toxicity rolls, jitter and slicing (repeatable runs)')
    .option('--proxy-metrics', 'serve Prometheus byte counters at /metrics')
    .option('--log-level <level>', 'debug, info, warn, error or silent', 'warn')
    .action(async (raw: RawOptions) => {
      const proxy = await start(toProxyOptions(raw));
      printBanner(proxy);
      await untilStopped();
      await proxy.close();
      cliLog.info('posgate proxy: stopped');
    });
}

/** Checks the command line and turns it into fault proxy options; anything wrong is a CliError. */
export function toProxyOptions(raw: RawOptions): FaultProxyOptions {
  const port = Number(raw.port);
  if (!/^\d+$/.test(raw.port) || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535 (0 picks a free port), got "${raw.port}"`);
  if (raw.seed !== undefined && !/^-?\d+$/.test(raw.seed))
    throw new CliError(`--seed must be a whole number, got "${raw.seed}"`);
  if (!isLogLevel(raw.logLevel))
    throw new CliError(`--log-level must be debug, info, warn, error or silent, got "${raw.logLevel}"`);
  return {
    host: raw.host,
    port,
    logger: consoleLogger(raw.logLevel),
    metrics: raw.proxyMetrics === true,
    ...(raw.config ? { configFile: raw.config } : {}),
    ...(raw.seed ? { seed: Number(raw.seed) } : {}),
  };
}

async function start(options: FaultProxyOptions): Promise<FaultProxy> {
  try {
    return await createFaultProxy(options);
  } catch (err) {
    if (!(err instanceof FaultProxyStartError)) throw err;
    if (err.reason === 'config')
      throw new CliError(`${err.message} (fix the file: a JSON array of {name, listen, upstream, enabled?})`);
    if (err.reason === 'api-port-in-use')
      throw new CliError(`${err.message}: stop what listens there, or pick another --port (0 = any)`);
    throw new CliError(`${err.message}: use --host 127.0.0.1 or 0.0.0.0`);
  }
}

function printBanner(proxy: FaultProxy): void {
  cliLog.info(`posgate proxy: Toxiproxy ${TOXIPROXY_VERSION} API listening on ${proxy.url}`);
  if (proxy.loaded.length === 0) cliLog.info('  proxies: none yet (POST /proxies or /populate)');
  for (const p of proxy.loaded)
    cliLog.info(`  proxy ${p.name}: ${p.listen} -> ${p.upstream}${p.enabled ? '' : ' (disabled)'}`);
  cliLog.info('Stop with Ctrl+C.');
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      cliLog.info(`posgate proxy: ${signal}, stopping`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
