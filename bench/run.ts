/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line), prints each
 * section and rewrites docs/benchmarks.md with the figures. Each bench file default-exports
 * `async () => string`, a Markdown section whose figures are ratios against a baseline measured in
 * the same run (so the numbers compare across machines).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const doc = join(dir, '..', 'docs', 'benchmarks.md');
if (only.length === 0) writeFileSync(doc, `${header}\n${sections.join('\n\n')}\n`);
else if (existsSync(doc)) writeFileSync(doc, replaceSections(readFileSync(doc, 'utf8'), sections));

/**
 * `npm run bench -- golive` rewrites only the sections it ran (matched by their `## ` heading; a new
 * one is appended), so one benchmark can be re-measured without the others' minutes.
 */
function replaceSections(text: string, fresh: string[]): string {
  const parts = text.split(/\n(?=## )/).map((p) => p.trimEnd());
  for (const section of fresh) {
    const heading = section.split('\n', 1)[0];
    const at = parts.findIndex((p) => p.split('\n', 1)[0] === heading);
    if (at >= 0) parts[at] = section.trimEnd();
    else parts.push(section.trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}
