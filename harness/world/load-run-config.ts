import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUN_CONFIG_ENV, RunConfig } from '../run/run-config.ts';

/**
 * The run configuration a Cucumber worker was started with (`posgate run` writes it); when Cucumber
 * runs directly (`npm test`), the embedded defaults: Commerce 2.4.8, reference register.
 */
export function loadRunConfig(): RunConfig {
  const file = process.env[RUN_CONFIG_ENV];
  if (!file) {
    return RunConfig.parse({
      target: { kind: 'embedded' },
      reportsDir: resolve(import.meta.dirname, '..', '..', 'reports'),
      namespace: 'pgtest',
      ...(process.env.TOXIPROXY_URL ? { toxiproxyUrl: process.env.TOXIPROXY_URL } : {}),
    });
  }
  return RunConfig.parse(JSON.parse(readFileSync(file, 'utf8')));
}
