/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line), prints each
 * section and rewrites docs/benchmarks.md with the figures. Each bench file default-exports
 * `async () => string`, a Markdown section whose figures are ratios against a baseline measured in
 * the same run (so the numbers compare across machines).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const sections: string[] = [];
for (const file of files) {
  const mod = (await import(join(dir, file))) as { default: () => Promise<string> };
  const started = Date.now();
  const section = await mod.default();
  console.log(`${section}\n(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  sections.push(section);
}
const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (do not edit by hand). Figures are ratios against a baseline run in the same',
  'script, so they compare across machines.',
  '',
  `Last run: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}).`,
  '',
].join('\n');
if (only.length === 0)
  writeFileSync(join(dir, '..', 'docs', 'benchmarks.md'), `${header}\n${sections.join('\n\n')}\n`);
