import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RUN_CONFIG_ENV, type RunConfig } from './run-config.ts';

/**
 * Runs Cucumber in a child process (crash isolation, and `--parallel` workers inherit the tsx
 * loader through NODE_OPTIONS) with the formatters every report is built from.
 */
export interface CucumberRun {
  config: RunConfig;
  tags: string;
  parallel: number;
  paths?: string[];
  /** Streams Cucumber's own progress output. */
  onOutput?: (chunk: string) => void;
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export async function runCucumber(run: CucumberRun): Promise<{ exitCode: number; messagesFile: string }> {
  const reports = run.config.reportsDir;
  rmSync(join(reports, 'allure-results'), { recursive: true, force: true });
  mkdirSync(join(reports, '.run'), { recursive: true });
  const configFile = join(reports, '.run', 'run-config.json');
  writeFileSync(configFile, JSON.stringify(run.config, null, 2));
  const messagesFile = join(reports, 'messages.ndjson');
  const args = [
    join(PROJECT_ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'),
    '--config',
    'cucumber.mjs',
    '--tags',
    run.tags,
    '--format',
    `message:${messagesFile}`,
    '--format',
    `html:${join(reports, 'cucumber.html')}`,
    '--format',
    `allure-cucumberjs/reporter:${join(reports, '.run', 'allure.log')}`,
    '--format-options',
    JSON.stringify({ resultsDir: join(reports, 'allure-results') }),
    '--format',
    'progress',
    ...(run.parallel > 1 ? ['--parallel', String(run.parallel)] : []),
    ...(run.paths ?? [join(PROJECT_ROOT, 'features')]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim(),
      [RUN_CONFIG_ENV]: configFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => run.onOutput?.(c.toString()));
  child.stderr.on('data', (c: Buffer) => run.onOutput?.(c.toString()));
  const exitCode = await new Promise<number>((r) => child.on('close', (code) => r(code ?? 1)));
  return { exitCode, messagesFile };
}
