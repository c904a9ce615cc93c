/**
 * A container entry without the CLI: `node --import tsx simulator/main.ts`, configured by the
 * environment (the only file in simulator/ that reads `process.env`, architecture rule 7).
 * `posgate sim` is the richer front door; this one serves images that do not ship the harness.
 *
 *   POSGATE_SIM_HOST (127.0.0.1)   POSGATE_SIM_PORT (7080)      POSGATE_SIM_SCENARIO (name or file)
 *   POSGATE_SIM_STATE (file)       POSGATE_SIM_VERSION          POSGATE_SIM_EDITION
 *   POSGATE_SIM_CONTROL (1 = on)   POSGATE_SIM_CONTROL_TOKEN    POSGATE_SIM_ADMIN_PASSWORD
 *   POSGATE_SIM_CONFIG ("path=value;path=value")   POSGATE_SIM_DEVELOPER_MODE, POSGATE_SIM_STRICT_CORE (1)
 */
import { createSimulator, EDITIONS, type Edition, type MagentoVersion, VERSIONS } from './index.ts';
import { CONSOLE } from './logger.ts';

const env = process.env;
const on = (v: string | undefined) => v === '1' || v === 'true';

function fail(message: string): never {
  CONSOLE.error(`posgate simulator: ${message}`);
  process.exit(2);
}

const version = env['POSGATE_SIM_VERSION'];
if (version && !(VERSIONS as readonly string[]).includes(version))
  fail(`POSGATE_SIM_VERSION "${version}" is not one of ${VERSIONS.join(', ')}`);
const edition = env['POSGATE_SIM_EDITION'];
if (edition && !(EDITIONS as readonly string[]).includes(edition))
  fail(`POSGATE_SIM_EDITION "${edition}" is not one of ${EDITIONS.join(', ')}`);
const port = Number(env['POSGATE_SIM_PORT'] ?? '7080');
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`POSGATE_SIM_PORT "${env['POSGATE_SIM_PORT']}" is not a port`);
const config: Record<string, string> = {};
for (const pair of (env['POSGATE_SIM_CONFIG'] ?? '').split(';').filter((p) => p.trim() !== '')) {
  const eq = pair.indexOf('=');
  if (eq < 1) fail(`POSGATE_SIM_CONFIG takes "path=value;path=value", got "${pair}"`);
  config[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
}

const sim = await createSimulator({
  host: env['POSGATE_SIM_HOST'] ?? '127.0.0.1',
  port,
  control: on(env['POSGATE_SIM_CONTROL']),
  config,
  developerMode: on(env['POSGATE_SIM_DEVELOPER_MODE']),
  strictCore: on(env['POSGATE_SIM_STRICT_CORE']),
  logger: CONSOLE,
  ...(version ? { version: version as MagentoVersion } : {}),
  ...(edition ? { edition: edition as Edition } : {}),
  ...(env['POSGATE_SIM_CONTROL_TOKEN'] ? { controlToken: env['POSGATE_SIM_CONTROL_TOKEN'] } : {}),
  ...(env['POSGATE_SIM_SCENARIO'] ? { scenario: env['POSGATE_SIM_SCENARIO'] } : {}),
  ...(env['POSGATE_SIM_STATE'] ? { stateFile: env['POSGATE_SIM_STATE'] } : {}),
  ...(env['POSGATE_SIM_ADMIN_PASSWORD'] ? { adminPassword: env['POSGATE_SIM_ADMIN_PASSWORD'] } : {}),
}).catch((err: Error) => fail(err.message));

CONSOLE.info(`posgate simulator listening on ${sim.url} (${sim.summary().version} ${sim.summary().edition})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sim.close().then(() => CONSOLE.info('posgate simulator: stopped'));
  });
}
