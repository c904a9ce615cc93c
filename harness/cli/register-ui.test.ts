import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

/**
 * `posgate register --ui` as a process: prints the page's URL, serves the page and the session
 * from `--session` (magentoUrl rewritten to the page's `/magento`), stops on SIGTERM; a file that
 * is not a session is one line on stderr and exit code 2.
 */
const BIN = resolve(import.meta.dirname, '../../bin/posgate.js');
const dir = mkdtempSync(join(tmpdir(), 'posgate-ui-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SESSION = {
  magentoUrl: 'http://127.0.0.1:9/',
  storeCode: 'default',
  websiteCode: 'base',
  sourceCode: 'shop_main',
  stockId: 2,
  registerId: 'TILL-7',
  credentials: { kind: 'admin', username: 'admin', password: 'posgate123' },
  shopAddress: {
    firstname: 'A',
    lastname: 'Shop',
    street: ['1 Main St'],
    city: 'Austin',
    postcode: '78701',
    country_id: 'US',
    telephone: '1',
  },
};

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, 'register', ...args], { stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, out: () => out, err: () => err };
}

test('--ui prints the page URL, serves page and session, and stops on SIGTERM', async () => {
  const file = join(dir, 'session.json');
  writeFileSync(file, JSON.stringify(SESSION));
  const p = run(['--ui', '--port', '0', '--session', file]);
  const url = await new Promise<string>((ok, fail) => {
    const timer = setInterval(() => {
      const m = /the browser register at (http:\/\/\S+)/.exec(p.out());
      if (m && /Stop with Ctrl\+C/.test(p.out())) {
        clearInterval(timer);
        ok(m[1] as string);
      }
    }, 25);
    void p.exited.then(() => {
      clearInterval(timer);
      fail(new Error(`exited early: ${p.out()} ${p.err()}`));
    });
  });
  assert.match(await (await fetch(url)).text(), /<h1>posgate register<\/h1>/);
  const served = (await (await fetch(new URL('/session.json', url))).json()) as Record<string, unknown>;
  assert.equal(served['magentoUrl'], new URL('/magento', url).href);
  assert.equal(served['registerId'], 'TILL-7');
  p.child.kill('SIGTERM');
  assert.equal(await p.exited, 0);
  assert.match(p.out(), /posgate register: stopped/);
});

test('--ui with a file that is not a session: one line naming the field, exit 2', async () => {
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ ...SESSION, stockId: 'two' }));
  const p = run(['--ui', '--port', '0', '--session', file]);
  assert.equal(await p.exited, 2);
  assert.match(p.err(), /^posgate: .*bad\.json is not a register session: stockId: /);
  const q = run(['--port', '0', '--session', file]);
  assert.equal(await q.exited, 2);
  assert.match(q.err(), /--session goes with --ui/);
});
