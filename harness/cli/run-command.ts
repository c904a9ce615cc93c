import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { junitXml } from '../reports/junit.ts';
import { readRunResults } from '../reports/run-results.ts';
import { verdict } from '../reports/summary.ts';
import { generateAllure } from '../run/allure.ts';
import { PACKS, type Pack, type RunConfig } from '../run/run-config.ts';
import { PROJECT_ROOT, runCucumber } from '../run/run-cucumber.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

/**
 * `posgate run`: the go-live gate. Runs a pack of scenarios against the embedded simulator (or a
 * Magento given by URL) through the fault proxy and the register under test, writes the reports
 * and prints the verdict. Exit 0 only when every selected scenario passed.
 */
export function runCommand(): Command {
  return new Command('run')
    .description('run a scenario pack and print the go-live verdict')
    .addOption(new Option('--pack <pack>', 'scenario pack').choices(Object.keys(PACKS)).default('golive'))
    .option(
      '--driver <driver>',
      'reference | browser | http://host:port (HTTP driver) | ./my-driver.ts',
      'reference',
    )
    .addOption(
      new Option('--magento-version <v>', 'embedded simulator version')
        .choices(['2.4.6', '2.4.7', '2.4.8', '2.4.9'])
        .default('2.4.8'),
    )
    .addOption(
      new Option('--edition <e>', 'embedded simulator edition')
        .choices(['open-source', 'commerce'])
        .default('commerce'),
    )
    .option('--seed <n>', 'seed for generated data and retry jitter', '1')
    .option('--parallel <n>', 'Cucumber workers, each with its own simulator, proxy and register', '1')
    .option('--tags <expr>', 'only scenarios matching this tag expression (ANDed with the pack)')
    .option('--strict', 'fail the run when any scenario was not run', false)
    .option('--magento <url>', 'run against a Magento started elsewhere (a simulator or a real store)')
    .option('--token <token>', 'admin or integration bearer token for --magento')
    .option('--admin <user:password>', 'admin credentials for --magento (two-factor auth off)')
    .option(
      '--integration <key:secret:token:tokenSecret>',
      'integration credentials for --magento (OAuth 1.0a)',
    )
    .option('--control-token <token>', 'control API token of a simulator started elsewhere')
    .option(
      '--share-stocks',
      "--magento: link the run's sources to the stocks the merchant's websites sell from",
      false,
    )
    .option(
      '--assume-config [paths]',
      "--magento: the setups' config is set on the target (all, or these comma-separated paths)",
    )
    .option('--register-via <url>', "the register's own entry to the same Magento (a CDN or WAF)")
    .option(
      '--toxiproxy <url>',
      'use this Toxiproxy API instead of the built-in fault proxy (env TOXIPROXY_URL)',
    )
    .option('--reports <dir>', 'where reports go', 'reports')
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const config = buildConfig(opts);
      const pack = opts['pack'] as Pack;
      const tags = opts['tags'] ? `(${PACKS[pack]}) and (${opts['tags']})` : PACKS[pack];
      const parallel = positiveInt(String(opts['parallel']), '--parallel');
      cliLog.info(
        `posgate run: pack ${pack}, driver ${config.driver}, ${describeTarget(config)}, ${parallel} worker(s)`,
      );
      const { exitCode, messagesFile } = await runCucumber({
        config,
        tags,
        parallel,
        onOutput: (c) => process.stdout.write(c),
      });
      let results: ReturnType<typeof readRunResults>;
      try {
        results = readRunResults(messagesFile);
      } catch {
        throw new CliError(
          `Cucumber ended (exit ${exitCode}) without writing results: see the output above`,
          1,
        );
      }
      writeFileSync(join(config.reportsDir, 'junit.xml'), junitXml(results));
      const allure = await generateAllure(config.reportsDir);
      const v = verdict(results, { strict: Boolean(opts['strict']), reportsDir: config.reportsDir });
      for (const line of v.lines) cliLog.info(line);
      if (config.target.kind === 'external' && !config.target.controlToken)
        cliLog.info(
          `Seeded under namespace ${config.namespace} (scenarios ${config.namespace}s1, s2, ...): clean up with posgate cleanup --magento ${config.target.magentoUrl} <credentials> --namespace ${config.namespace}`,
        );
      if (!allure.ok) cliLog.info(`(Allure report not generated: ${allure.reason})`);
      process.exitCode = v.exitCode;
    });
}

function buildConfig(opts: Record<string, string | boolean | undefined>): RunConfig {
  const seed = positiveInt(String(opts['seed']), '--seed', true);
  const reportsDir = resolve(PROJECT_ROOT, String(opts['reports']));
  const common = {
    driver: String(opts['driver']),
    seed,
    reportsDir,
    namespace: `pg${randomBytes(3).toString('hex')}`,
    ...(opts['toxiproxy'] || process.env.TOXIPROXY_URL
      ? { toxiproxyUrl: String(opts['toxiproxy'] ?? process.env.TOXIPROXY_URL) }
      : {}),
  };
  if (!opts['magento']) {
    if (opts['token'] || opts['admin'] || opts['integration'])
      throw new CliError('--token, --admin and --integration need --magento URL');
    if (opts['shareStocks'] || opts['assumeConfig'] !== undefined)
      throw new CliError('--share-stocks and --assume-config need --magento URL');
    return {
      ...common,
      target: {
        kind: 'embedded',
        version: opts['magentoVersion'] as '2.4.8',
        edition: opts['edition'] as 'commerce',
      },
    };
  }
  const magentoUrl = url(String(opts['magento']), '--magento');
  return {
    ...common,
    target: {
      kind: 'external',
      magentoUrl,
      ...(opts['registerVia'] ? { registerVia: url(String(opts['registerVia']), '--register-via') } : {}),
      auth: externalAuth(opts),
      ...(opts['controlToken'] ? { controlToken: String(opts['controlToken']) } : {}),
      shareStocks: Boolean(opts['shareStocks']),
      assumeConfig: assumeConfig(opts['assumeConfig']),
    },
  };
}

/** `--assume-config` alone: every path; with a value: those paths. */
function assumeConfig(v: string | boolean | undefined): boolean | string[] {
  if (v === undefined || v === false) return false;
  if (v === true) return true;
  return String(v)
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function externalAuth(
  opts: Record<string, string | boolean | undefined>,
): Extract<RunConfig['target'], { kind: 'external' }>['auth'] {
  if (opts['token']) return { kind: 'token', token: String(opts['token']) };
  if (opts['admin']) {
    const [username, ...rest] = String(opts['admin']).split(':');
    if (!username || rest.length === 0) throw new CliError('--admin must be user:password');
    return { kind: 'admin', username, password: rest.join(':') };
  }
  if (opts['integration']) {
    const parts = String(opts['integration']).split(':');
    if (parts.length !== 4 || parts.some((p) => p === '')) {
      throw new CliError('--integration must be consumerKey:consumerSecret:accessToken:accessTokenSecret');
    }
    const [consumerKey, consumerSecret, accessToken, accessTokenSecret] = parts as [
      string,
      string,
      string,
      string,
    ];
    return { kind: 'integration', consumerKey, consumerSecret, accessToken, accessTokenSecret };
  }
  throw new CliError(
    '--magento needs credentials: --token T, --admin user:password or --integration key:secret:token:tokenSecret',
  );
}

function positiveInt(v: string, flag: string, allowZero = false): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new CliError(`${flag} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${v}"`);
  return n;
}

function url(v: string, flag: string): string {
  try {
    return new URL(v).toString().replace(/\/$/, '');
  } catch {
    throw new CliError(`${flag} must be a URL such as http://127.0.0.1:7080, got "${v}"`);
  }
}

function describeTarget(c: RunConfig): string {
  return c.target.kind === 'embedded'
    ? `embedded simulator ${c.target.version} (${c.target.edition})`
    : `Magento at ${c.target.magentoUrl}`;
}
