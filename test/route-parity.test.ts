/**
 * Route parity with Magento (architecture.md §3): (a) every POS route of test/pos-routes.json is
 * in the simulator's table, and (b) every simulator route that is not `nonCore` and exists in a
 * version profile (edition, since/until) is in Adobe's all-inclusive admin schema of that version.
 * Paths are compared with parameter names ignored (`:sku` = `{sku}` = `{productSku}` at the same
 * position) and trailing slashes dropped, as Magento's router trims them. A failure lists exactly
 * the routes that are missing, one per line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import { available } from '../simulator/http/app.ts';
import { EDITIONS, type MagentoVersion, VERSIONS } from '../simulator/profile.ts';
import { ROUTES } from '../simulator/routes.ts';

const root = join(import.meta.dirname, '..');
const listed = (
  JSON.parse(readFileSync(join(root, 'test/pos-routes.json'), 'utf8')) as {
    routes: Array<{ section: string; route: string }>;
  }
).routes;

/** `GET /V1/products/:sku` and `get /V1/products/{sku}/` both become `GET /V1/products/{}`. */
export function routeKey(method: string, path: string): string {
  const normal = path
    .split('/')
    .map((seg) => (seg.startsWith(':') || /^\{.*\}$/.test(seg) ? '{}' : seg))
    .join('/')
    .replace(/\/+$/, '');
  return `${method.toUpperCase()} ${normal}`;
}

const simulatorKeys = new Set(ROUTES.map((r) => routeKey(r.method, r.path)));
const schemas = new Map<MagentoVersion, Set<string>>();

before(() => {
  for (const version of VERSIONS) {
    const file = join(root, `reference/magento-openapi/admin-schema-${version}.yaml`);
    const doc = parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const keys = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) keys.add(routeKey(method, path));
    }
    schemas.set(version, keys);
  }
});

test('every POS route of test/pos-routes.json is in the simulator route table', () => {
  const missing = listed.filter((l) => {
    const [method, path] = l.route.split(' ') as [string, string];
    return !simulatorKeys.has(routeKey(method, path));
  });
  assert.equal(
    missing.length,
    0,
    `${missing.length} POS route(s) missing from simulator/routes.ts:\n${missing.map((m) => `  §${m.section}: ${m.route}`).join('\n')}`,
  );
});

test('every core simulator route of a version profile is in that version admin schema', () => {
  const missing = new Set<string>();
  for (const version of VERSIONS) {
    const schema = schemas.get(version) as Set<string>;
    for (const edition of EDITIONS) {
      const profile = { version, edition, strictCore: false, developerMode: false };
      for (const r of ROUTES) {
        if (r.nonCore || !available(r, profile)) continue;
        if (!schema.has(routeKey(r.method, r.path))) missing.add(`${version}: ${r.method} ${r.path}`);
      }
    }
  }
  assert.equal(
    missing.size,
    0,
    `${missing.size} simulator route(s) absent from Adobe's admin schema (flag them nonCore, or fix since/until/path):\n  ${[...missing].join('\n  ')}`,
  );
});

test('the POS list itself names real Magento routes of every version profile', () => {
  const wrong: string[] = [];
  for (const l of listed) {
    const [method, path] = l.route.split(' ') as [string, string];
    for (const version of VERSIONS) {
      if (!schemas.get(version)?.has(routeKey(method, path))) wrong.push(`${version}: ${l.route}`);
    }
  }
  assert.deepEqual(wrong, [], 'test/pos-routes.json lists routes the schema does not have');
});
