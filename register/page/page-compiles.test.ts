import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The browser register's code (register/page/app/) runs in the browser only (architecture.md §2
 * rule 8): it compiles against the DOM library without Node types (register/page/tsconfig.json;
 * the root tsconfig leaves app/ out, it checks this folder's tests), and touches neither `process`
 * nor `Buffer`.
 */
const here = fileURLToPath(new URL('.', import.meta.url));

test('the page code compiles with the DOM library and without Node types', () => {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(here, 'tsconfig.json')], {
      encoding: 'utf8',
    });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    assert.fail(`register/page does not compile for the browser:\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
});

test('the page code touches neither process nor Buffer', () => {
  const app = join(here, 'app');
  const files = readdirSync(app).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 10, 'the scan sees the page code');
  const offenders = files.flatMap((f) => {
    const text = readFileSync(join(app, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return [/\bBuffer\b/.test(text) ? `${f}: Buffer` : '', /\bprocess\./.test(text) ? `${f}: process` : ''];
  });
  assert.deepEqual(
    offenders.filter((o) => o !== ''),
    [],
  );
});
