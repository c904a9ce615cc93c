import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-cucumber.ts';

/**
 * Builds the single-file Allure 3 report (`reports/allure/index.html`, no Java) from the
 * results allure-cucumberjs wrote. Returns false (and the reason) when it could not.
 */
export async function generateAllure(reportsDir: string): Promise<{ ok: boolean; reason?: string }> {
  const results = join(reportsDir, 'allure-results');
  if (!existsSync(results)) return { ok: false, reason: 'no Allure results were written' };
  const rc = join(reportsDir, '.run', 'allurerc.mjs');
  writeFileSync(
    rc,
    `export default { name: "posgate go-live", output: ${JSON.stringify(join(reportsDir, 'allure'))}, plugins: { awesome: { options: { singleFile: true, reportName: "posgate go-live" } } } };\n`,
  );
  const bin = join(PROJECT_ROOT, 'node_modules', 'allure', 'cli.js');
  const child = spawn(process.execPath, [bin, 'generate', results, '--config', rc], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
  return code === 0 ? { ok: true } : { ok: false, reason: output.trim().split('\n').slice(-3).join(' ') };
}
