/**
 * Enforces the dependency rules of docs/architecture.md §2 by reading every import of every
 * TypeScript file. A rule broken anywhere fails this test with the file and the import named.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const components = [
  'simulator',
  'fault-proxy',
  'register',
  'harness',
  'steps',
  'contracts',
  'features',
  'reports',
];
const nodeBuiltins =
  /^(node:|fs$|path$|http$|https$|net$|os$|crypto$|events$|stream$|url$|util$|child_process$)/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(full);
  }
  return out;
}

/** Every module specifier a file imports: static, re-exports and dynamic imports. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3]) as string);
  return specs;
}

interface Edge {
  file: string; // repo-relative
  spec: string;
  target: string | null; // repo-relative path of a local import, else null
}

function edges(): Edge[] {
  const files = components.concat(['scenarios', 'bench', 'test', 'scripts']).flatMap((c) => {
    try {
      return walk(join(root, c));
    } catch {
      return [];
    }
  });
  return files.flatMap((abs) => {
    const file = relative(root, abs);
    return importsOf(readFileSync(abs, 'utf8')).map((spec) => ({
      file,
      spec,
      target: spec.startsWith('.') ? relative(root, resolve(dirname(abs), spec)) : null,
    }));
  });
}

const top = (p: string) => p.split('/')[0] ?? '';
const isTest = (f: string) => f.endsWith('.test.ts');

type Rule = { name: string; broken: (e: Edge) => boolean };
const rules: Rule[] = [
  {
    name: '1. simulator/ never imports register/, fault-proxy/, harness/, steps/',
    broken: (e) =>
      top(e.file) === 'simulator' &&
      ['register', 'fault-proxy', 'harness', 'steps'].includes(top(e.target ?? '')),
  },
  {
    name: '2. register/ never imports simulator/, fault-proxy/, harness/, steps/ (tests may start a simulator through its index)',
    broken: (e) =>
      top(e.file) === 'register' &&
      ['simulator', 'fault-proxy', 'harness', 'steps'].includes(top(e.target ?? '')) &&
      !(isTest(e.file) && /^(simulator|fault-proxy)\/index\.ts$/.test(e.target ?? '')),
  },
  {
    name: '3. fault-proxy/ imports nothing of ours but contracts/',
    broken: (e) =>
      top(e.file) === 'fault-proxy' &&
      e.target !== null &&
      !['fault-proxy', 'contracts'].includes(top(e.target)),
  },
  {
    name: '4. contracts/ imports only zod',
    broken: (e) =>
      top(e.file) === 'contracts' &&
      !isTest(e.file) &&
      (e.target ? top(e.target) !== 'contracts' : e.spec !== 'zod'),
  },
  {
    name: '5. steps/ imports harness/ and contracts/ only',
    broken: (e) =>
      top(e.file) === 'steps' &&
      e.target !== null &&
      !['steps', 'harness', 'contracts'].includes(top(e.target)),
  },
  {
    name: '6. harness/ imports the components through their index.ts only',
    broken: (e) =>
      top(e.file) === 'harness' &&
      ['simulator', 'fault-proxy', 'register'].includes(top(e.target ?? '')) &&
      !/^(simulator|fault-proxy|register)\/index\.ts$/.test(e.target ?? ''),
  },
  {
    name: '7a. simulator/modules/** never imports express or simulator/http/** (black-box tests may)',
    broken: (e) =>
      e.file.startsWith('simulator/modules/') &&
      (e.spec === 'express' || (e.target ?? '').startsWith('simulator/http/')),
  },
  {
    name: '8a. register/ queue never imports axios',
    broken: (e) => /^register\/.*queue/.test(e.file) && e.spec === 'axios',
  },
  {
    name: '8b. register/page/ compiles without Node types (its browser tests drive Chromium from Node)',
    broken: (e) => e.file.startsWith('register/page/') && !isTest(e.file) && nodeBuiltins.test(e.spec),
  },
  {
    name: '8c. register/page/ imports only register/core/, contracts/ and itself (tests excepted)',
    broken: (e) =>
      e.file.startsWith('register/page/') &&
      !isTest(e.file) &&
      e.target !== null &&
      !/^(register\/core|register\/page|contracts)\//.test(e.target),
  },
  {
    name: '9. nothing imports from features/ or reports/',
    broken: (e) => ['features', 'reports'].includes(top(e.target ?? '')),
  },
  {
    name: 'only steps/ imports @cucumber/cucumber',
    broken: (e) =>
      e.spec.startsWith('@cucumber/cucumber') && top(e.file) !== 'steps' && top(e.file) !== 'harness',
  },
];

test('the import scanner sees static, re-export, side-effect and dynamic imports', () => {
  const src =
    "import a from './a.ts';\nexport { b } from '../b.ts';\nimport './c.ts';\nconst d = await import('./d.ts');";
  assert.deepEqual(importsOf(src).sort(), ['../b.ts', './a.ts', './c.ts', './d.ts']);
});

test('a broken rule is detected (simulator importing the register)', () => {
  const e: Edge = { file: 'simulator/x.ts', spec: '../register/index.ts', target: 'register/index.ts' };
  assert.ok(rules.some((r) => r.broken(e)));
});

for (const rule of rules) {
  test(`dependency rule ${rule.name}`, () => {
    const bad = edges().filter(rule.broken);
    assert.deepEqual(
      bad.map((e) => `${e.file} imports ${e.spec}`),
      [],
    );
  });
}

test('rule 10: no console.* outside a component logger', () => {
  const offenders = components
    .filter((c) => c !== 'features' && c !== 'reports')
    .flatMap((c) => {
      try {
        return walk(join(root, c));
      } catch {
        return [];
      }
    })
    .filter(
      (f) =>
        !f.endsWith('logger.ts') &&
        !isTest(f) &&
        /\bconsole\.(log|error|warn|info|debug)\(/.test(readFileSync(f, 'utf8')),
    )
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});

test('rule 7b: only simulator/main.ts reads process.env', () => {
  const offenders = walk(join(root, 'simulator'))
    .filter((f) => !f.endsWith('/main.ts') && !isTest(f) && /process\.env/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});
