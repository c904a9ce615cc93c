/**
 * `posgate sim`: the Magento simulator as a standalone server, for a register under development,
 * a container (`--host 0.0.0.0 --control --control-token ...`) or a manual session. It prints where
 * it listens, the store views, the admin login and whether the control API is on, and stops cleanly
 * on SIGINT/SIGTERM. Bad input is one line on stderr and exit code 2.
 */
import { Command } from 'commander';
import {
  createSimulator,
  DEFAULT_ADMIN,
  EDITIONS,
  type Edition,
  isLoopback,
  type MagentoVersion,
  ScenarioError,
  type Simulator,
  type SimulatorOptions,
  SimulatorSetupError,
  StateFileError,
  VERSIONS,
} from '../../simulator/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

interface RawOptions {
  port: string;
  host: string;
  scenario?: string;
  state?: string;
  magentoVersion?: string;
  edition?: string;
  config: string[];
  control?: boolean;
  controlToken?: string;
  adminPassword?: string;
  developerMode?: boolean;
  strictCore?: boolean;
}

export function simCommand(): Command {
  return new Command('sim')
    .description('Start the Magento 2.4 REST + MSI simulator')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '7080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--scenario <name|file>', 'seed a bundled scenario by name, or a .json/.yaml scenario file')
    .option('--state <file>', 'keep the state in this file; restarting with it restores the state')
    .option('--magento-version <version>', `Magento release to simulate: ${VERSIONS.join(', ')}`)
    .option('--edition <edition>', `Magento edition: ${EDITIONS.join(', ')}`)
    .option('--config <path=value>', 'set a Magento config value (repeatable)', collect, [] as string[])
    .option('--control', 'turn on the /__sim control API')
    .option('--control-token <token>', 'token the control API demands (required beyond loopback)')
    .option('--admin-password <password>', `password of the admin user "${DEFAULT_ADMIN.username}"`)
    .option('--developer-mode', "Magento's developer mode: 500s carry the real message and a trace")
    .option('--strict-core', 'leave out the POS-extension routes (Magento core only)')
    .action(async (raw: RawOptions) => {
      const options = toSimulatorOptions(raw);
      const sim = await start(options);
      printBanner(sim, options, raw);
      await untilStopped();
      await sim.close();
      cliLog.info('posgate sim: stopped');
    });
}

/** Checks the command line and turns it into simulator options; anything wrong is a CliError. */
export function toSimulatorOptions(raw: RawOptions): SimulatorOptions {
  const port = Number(raw.port);
  if (!/^\d+$/.test(raw.port) || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535 (0 picks a free port), got "${raw.port}"`);
  if (raw.magentoVersion !== undefined && !(VERSIONS as readonly string[]).includes(raw.magentoVersion))
    throw new CliError(
      `unknown --magento-version "${raw.magentoVersion}": use one of ${VERSIONS.join(', ')}`,
    );
  if (raw.edition !== undefined && !(EDITIONS as readonly string[]).includes(raw.edition))
    throw new CliError(`unknown --edition "${raw.edition}": use one of ${EDITIONS.join(', ')}`);
  if (raw.controlToken !== undefined && !raw.control)
    throw new CliError('--control-token only matters with the control API: add --control');
  if (raw.control && !raw.controlToken && !isLoopback(raw.host))
    throw new CliError(
      `the control API would listen on ${raw.host} without a token: add --control-token <secret>, or --host 127.0.0.1`,
    );
  return {
    host: raw.host,
    port,
    control: raw.control === true,
    config: parseConfig(raw.config),
    ...(raw.magentoVersion ? { version: raw.magentoVersion as MagentoVersion } : {}),
    ...(raw.edition ? { edition: raw.edition as Edition } : {}),
    ...(raw.controlToken ? { controlToken: raw.controlToken } : {}),
    ...(raw.scenario ? { scenario: raw.scenario } : {}),
    ...(raw.state ? { stateFile: raw.state } : {}),
    ...(raw.adminPassword ? { adminPassword: raw.adminPassword } : {}),
    developerMode: raw.developerMode === true,
    strictCore: raw.strictCore === true,
    logger: { info: cliLog.info, error: (line) => cliLog.error(`posgate sim: ${line}`) },
  };
}

const CONFIG_PATH = /^((websites|stores)\/[A-Za-z0-9_]+\/)?[A-Za-z0-9_]+(\/[A-Za-z0-9_]+){2,}$/;

function parseConfig(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const path = eq === -1 ? pair : pair.slice(0, eq);
    if (eq === -1 || !CONFIG_PATH.test(path))
      throw new CliError(
        `--config takes path=value with a Magento config path (section/group/field), e.g. --config tax/calculation/based_on=origin; got "${pair}"`,
      );
    out[path] = pair.slice(eq + 1);
  }
  return out;
}

async function start(options: SimulatorOptions): Promise<Simulator> {
  try {
    return await createSimulator(options);
  } catch (err) {
    if (err instanceof ScenarioError || err instanceof StateFileError || err instanceof SimulatorSetupError)
      throw new CliError(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    if (code === 'EADDRINUSE')
      throw new CliError(
        `${where} is already in use: stop what listens there, or pick another --port (0 = any)`,
      );
    if (code === 'EACCES') throw new CliError(`not allowed to listen on ${where}: use a port above 1023`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new CliError(
        `cannot listen on ${options.host}: not an address of this machine; use --host 127.0.0.1 or 0.0.0.0`,
      );
    throw err;
  }
}

function printBanner(sim: Simulator, options: SimulatorOptions, raw: RawOptions): void {
  const info = sim.summary();
  const { restored } = sim;
  const lines = [
    `posgate sim: Magento ${info.version} ${info.edition} listening on ${sim.url}`,
    `  REST:         ${sim.url}/rest/V1/...  (per store view: ${sim.url}/rest/<store_code>/V1/...)`,
    '  store views:',
    ...info.storeViews.map((v) => `    ${v.code} -> ${v.name} (website ${v.website})`),
    `  admin:        ${DEFAULT_ADMIN.username} / ${options.adminPassword ?? DEFAULT_ADMIN.password}`,
    options.control
      ? `  control API:  on at ${sim.url}/__sim${options.controlToken ? ' (token required)' : ''}`
      : '  control API:  off (start with --control)',
  ];
  if (raw.scenario)
    lines.push(`  scenario:     ${raw.scenario}${restored ? ' (not applied: state restored)' : ''}`);
  if (raw.state) lines.push(`  state file:   ${raw.state} (${restored ? 'restored' : 'new'})`);
  lines.push('Stop with Ctrl+C.');
  for (const line of lines) cliLog.info(line);
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      cliLog.info(`posgate sim: ${signal}, stopping`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
