import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * register/core/ must run in the browser page too (architecture.md §1, §2 rule 8): no Node
 * built-ins, no `Buffer`, no `process`. Checked twice: a scan of the sources, and a compile of
 * core/ against the DOM library with no Node types (register/core/tsconfig.json).
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const sources = (readdirSync(here, { recursive: true }) as string[]).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
);

test('core sources import no Node built-in and touch neither Buffer nor process', () => {
  const offenders = sources.flatMap((f) => {
    const text = readFileSync(join(here, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const hits = [
      ...text.matchAll(/from\s+['"](node:[^'"]+|fs|path|http|https|net|os|crypto|child_process)['"]/g),
    ].map((m) => m[1]);
    if (/\bBuffer\b/.test(text)) hits.push('Buffer');
    if (/\bprocess\./.test(text)) hits.push('process');
    return hits.map((h) => `${f}: ${h}`);
  });
  assert.ok(sources.length >= 10, 'the scan sees the core');
  assert.deepEqual(offenders, []);
});

test('core compiles without Node types (DOM lib only)', () => {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(here, 'tsconfig.json')], {
      encoding: 'utf8',
    });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    assert.fail(`register/core does not compile without Node types:\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
});
