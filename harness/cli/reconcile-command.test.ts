import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CommanderError } from 'commander';
import {
  AGREEING_ERP_CSV,
  DRIFTED_ERP_CSV,
  type DriftedShop,
  startDriftedShop,
} from '../reconcile/drifted-shop.fixture.ts';
import { CliError } from './errors.ts';
import { reconcileCommand, toReconcileOptions } from './reconcile-command.ts';

/**
 * `posgate reconcile` spawned as a user runs it: one line per error, exit 0 / 1 / 2. Each spawn boots
 * the whole CLI (about 2 s of CPU), so only the required cases spawn; the other errors take the same
 * ReconcileError → CliError path and are proven in process (reconcile.test.ts, magento-pages.test.ts).
 */
const BIN = resolve(import.meta.dirname, '../../bin/posgate.js');
const dir = mkdtempSync(join(tmpdir(), 'posgate-reconcile-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Spawns run two at a time: each boots tsx, and the machine has two cores. */
let running = 0;
const waiting: Array<() => void> = [];
async function posgate(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (running >= 2) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await spawnPosgate(args);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnPosgate(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'reconcile', ...args], { stdio: 'pipe', cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((r) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      r({ code, stdout, stderr });
    }),
  );
}

/** A port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

let shop: DriftedShop;
let token: string;
before(async () => {
  shop = await startDriftedShop();
  token = await shop.reseed();
});
after(async () => {
  await shop.sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Asserts exit code 2, nothing on stdout, exactly one line on stderr matching `line`. */
function oneLineError(
  run: { code: number | null; stdout: string; stderr: string },
  line: RegExp | string,
): void {
  assert.equal(run.code, 2, run.stderr + run.stdout);
  assert.equal(run.stdout, '');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, run.stderr);
  if (typeof line === 'string') assert.equal(lines[0], line);
  else assert.match(lines[0] ?? '', line);
}

describe('posgate reconcile (spawned)', { concurrency: true }, () => {
  const drifted = () => file('drifted.csv', DRIFTED_ERP_CSV);

  test('a bad ERP file: one line naming the line and the field, exit 2', async () => {
    const bad = file('bad.csv', 'sku,source_code,quantity\nA,shop_a,3\nB,shop_a,-2\n');
    const run = await posgate(['--magento', shop.sim.url, '--token', token, '--erp', bad]);
    oneLineError(
      run,
      `posgate: ${bad} line 3: field quantity is negative (-2): a quantity on hand is 0 or more`,
    );
  });

  test('a bad token: one line, exit 2', async () => {
    const run = await posgate(['--magento', shop.sim.url, '--token', 'wrong', '--erp', drifted()]);
    oneLineError(
      run,
      'posgate: the token was refused by Magento (401): check --token or use --admin user:password',
    );
  });

  test('an unreachable port: one line, exit 2', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await posgate(['--magento', url, '--token', 't', '--erp', drifted()]);
    oneLineError(run, `posgate: cannot reach Magento at ${url}: connection refused`);
  });

  test('drift flagged: the summary says so, the files are written, exit 1', async () => {
    const run = await posgate([
      '--magento',
      shop.sim.url,
      '--token',
      token,
      '--erp',
      drifted(),
      '--top',
      '2',
    ]);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^5 flagged: 3 above threshold, 1 missing in Magento, 1 missing in ERP$/m);
    assert.match(run.stdout, /^top 2 of 5 flagged, most severe first:$/m);
    assert.match(run.stdout, /^ {2}1 +10\.00 +SLOW-1 +shop_a +12 +2 +\+10 /m);
    assert.match(run.stdout, /^exit code 1: differences are flagged/m);
    assert.ok(existsSync(join(dir, 'reports', 'reconciliation.csv')));
    assert.ok(existsSync(join(dir, 'reports', 'reconciliation.html')));
  });

  test('nothing flagged (admin login, own --out): exit 0', async () => {
    const agreeing = file('agreeing.csv', AGREEING_ERP_CSV);
    const out = join(dir, 'clean');
    const run = await posgate([
      '--magento',
      shop.sim.url,
      '--admin',
      'admin:posgate123',
      '--erp',
      agreeing,
      '--out',
      out,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^nothing flagged: Magento agrees with the ERP file within the thresholds$/m);
    assert.ok(existsSync(join(out, 'reconciliation.html')));
  });
});

describe('reconcile command line', () => {
  test("commander's usage errors exit 2, not 1 (which means drift)", async () => {
    const parse = (args: string[]) =>
      reconcileCommand()
        .configureOutput({ writeErr: () => {} })
        .parseAsync(args, { from: 'user' });
    await assert.rejects(
      parse(['--colour']),
      (e: unknown) => e instanceof CommanderError && e.exitCode === 2,
    );
    await assert.rejects(parse(['--days']), (e: unknown) => e instanceof CommanderError && e.exitCode === 2);
    await assert.rejects(
      parse(['--magento', 'x', '--erp', 'y']),
      (e: unknown) => e instanceof CliError && e.exitCode === 2 && /credentials are required/.test(e.message),
    );
  });

  const base = {
    magento: 'https://shop.example.com',
    erp: 'stock.csv',
    days: '30',
    top: '20',
    out: 'reports',
  };
  test('turns flags into options', () => {
    assert.deepEqual(toReconcileOptions({ ...base, admin: 'admin:pa:ss', days: '7', onlyErpSources: true }), {
      magentoUrl: 'https://shop.example.com',
      auth: { username: 'admin', password: 'pa:ss' },
      erpFile: 'stock.csv',
      days: 7,
      top: 20,
      outDir: 'reports',
      onlyErpSources: true,
    });
  });
  test('refuses what cannot work, with exit code 2', () => {
    const refuses = (raw: Parameters<typeof toReconcileOptions>[0], message: RegExp) =>
      assert.throws(
        () => toReconcileOptions(raw),
        (e: unknown) => e instanceof CliError && e.exitCode === 2 && message.test(e.message),
      );
    refuses({ ...base, token: 't', admin: 'a:b' }, /either --token or --admin/);
    refuses({ ...base, admin: 'admin' }, /--admin takes user:password/);
    refuses({ ...base, token: 't', days: '-1' }, /--days must be a whole number/);
    refuses({ ...base, token: 't', top: 'ten' }, /--top must be a whole number/);
    refuses({ ...base, token: 't', magento: undefined }, /--magento is required/);
    refuses({ ...base, token: 't', erp: undefined }, /--erp is required/);
  });
});
