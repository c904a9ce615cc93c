import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { CliError } from './errors.ts';
import { toSimulatorOptions } from './sim-command.ts';

const BIN = resolve(import.meta.dirname, '../../bin/posgate.js');
const tmp = mkdtempSync(join(tmpdir(), 'posgate-sim-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface Running {
  url: string;
  child: ChildProcess;
  out: () => string;
  stop: () => Promise<{ code: number | null; out: string }>;
}

/** Starts `posgate sim ...` and waits for its whole banner (the URL is on the first line). */
function startSim(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'sim', '--port', '0', ...args], { stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolvePromise, reject) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Stop with Ctrl+C.')) {
        clearInterval(timer);
        resolvePromise({
          url: m[1] as string,
          child,
          out: () => out,
          stop: async () => {
            child.kill('SIGTERM');
            return { code: await exited, out };
          },
        });
      }
    }, 25);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`posgate sim exited with ${code}: ${err}${out}`));
    });
  });
}

/** Runs `posgate sim ...` expected to fail; resolves with its exit code and output. */
function failSim(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'sim', ...args], { stdio: 'pipe' });
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

const json = (url: string, init?: RequestInit) =>
  fetch(url, init).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));

// The spawned simulators mostly wait on each other's start-up: run them side by side.
describe('posgate sim', { concurrency: true }, () => {
  test('starts with options, prints URL, store views, admin and control API; SIGTERM stops it', async () => {
    const sim = await startSim([
      '--control',
      '--control-token',
      'tok3n',
      '--magento-version',
      '2.4.7',
      '--edition',
      'commerce',
      '--config',
      'tax/calculation/based_on=origin',
      '--config',
      'stores/default/general/locale/code=fr_FR',
      '--admin-password',
      'Secret123',
    ]);
    try {
      assert.match(
        sim.out(),
        /^posgate sim: Magento 2\.4\.7 commerce listening on http:\/\/127\.0\.0\.1:\d+$/m,
      );
      assert.match(sim.out(), /^ {4}default -> Default Store View \(website base\)$/m);
      assert.match(sim.out(), /^ {2}admin: +admin \/ Secret123$/m);
      assert.match(
        sim.out(),
        /^ {2}control API: +on at http:\/\/127\.0\.0\.1:\d+\/__sim \(token required\)$/m,
      );
      const token = await json(`${sim.url}/rest/V1/integration/admin/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'Secret123' }),
      });
      assert.equal(token.status, 200);
      assert.equal((await json(`${sim.url}/__sim/info`)).status, 401);
      const auth = { headers: { 'x-posgate-control-token': 'tok3n' } };
      const info = (await json(`${sim.url}/__sim/info`, auth)).body as Record<string, unknown>;
      assert.equal(info['version'], '2.4.7');
      assert.equal(info['edition'], 'commerce');
      assert.deepEqual((await json(`${sim.url}/__sim/config`, auth)).body, {
        'default/tax/calculation/based_on': 'origin',
        'stores/default/general/locale/code': 'fr_FR',
      });
    } finally {
      const { code, out } = await sim.stop();
      assert.equal(code, 0);
      assert.match(out, /posgate sim: SIGTERM, stopping\nposgate sim: stopped\n$/);
    }
  });

  test('--state: a restart restores the state (the scenario only seeds a new file); control off by default', async () => {
    const file = join(tmp, 'restart', 'state.json');
    const first = await startSim(['--state', file, '--scenario', 'two-store-views']);
    const login = () =>
      fetch(`${first.url}/rest/V1/integration/admin/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'posgate123' }),
      });
    let token: string;
    try {
      assert.match(first.out(), /state file: +\S+state\.json \(new\)/);
      assert.match(first.out(), /^ {4}fr -> Français \(website base\)$/m);
      assert.match(first.out(), /^ {2}scenario: +two-store-views$/m);
      assert.match(first.out(), /control API: +off \(start with --control\)/);
      const off = await json(`${first.url}/__sim/info`);
      assert.deepEqual(off, { status: 404, body: { message: 'Request does not match any route.' } });
      token = (await (await login()).json()) as string;
    } finally {
      assert.equal((await first.stop()).code, 0);
    }
    const second = await startSim(['--state', file, '--control', '--scenario', 'two-shops-and-web']);
    try {
      assert.match(second.out(), /state file: +\S+state\.json \(restored\)/);
      assert.match(second.out(), /^ {2}scenario: +two-shops-and-web \(not applied: state restored\)$/m);
      assert.match(second.out(), /^ {4}fr -> Français \(website base\)$/m);
      assert.doesNotMatch(second.out(), /shop_a_view/);
      const state = (await json(`${second.url}/__sim/state`)).body as {
        collections: Record<string, Record<string, unknown>>;
      };
      assert.deepEqual(Object.keys(state.collections['tokens'] ?? {}), [token]);
    } finally {
      assert.equal((await second.stop()).code, 0);
    }
  });

  test('bad input: one line on stderr saying what to do, exit code 2, nothing started', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const busyPort = (busy.address() as { port: number }).port;
    const cases: Array<[string[], string]> = [
      [
        ['--scenario', 'no-such-shop'],
        'unknown scenario "no-such-shop": use one of paris-shop-two-store-views, shop-with-gift-cards-and-rewards, single-shop, texas-shop-california-origin, two-shops-and-web, two-store-views, or a path to a .json or .yaml file',
      ],
      [
        ['--port', String(busyPort)],
        `127.0.0.1:${busyPort} is already in use: stop what listens there, or pick another --port (0 = any)`,
      ],
    ];
    try {
      const results = await Promise.all(cases.map(([args]) => failSim(args)));
      results.forEach((r, i) => {
        const [args, message] = cases[i] as [string[], string];
        assert.deepEqual(r, { code: 2, stdout: '', stderr: `posgate: ${message}\n` }, args.join(' '));
      });
    } finally {
      busy.close();
    }
  });

  test('every bad option is a CliError (exit code 2) naming the fix', () => {
    const base = { port: '0', host: '127.0.0.1', config: [] as string[] };
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { magentoVersion: '2.5.0' },
        'unknown --magento-version "2.5.0": use one of 2.4.6, 2.4.7, 2.4.8, 2.4.9',
      ],
      [{ edition: 'enterprise' }, 'unknown --edition "enterprise": use one of open-source, commerce'],
      [
        { config: ['based_on'] },
        '--config takes path=value with a Magento config path (section/group/field), e.g. --config tax/calculation/based_on=origin; got "based_on"',
      ],
      [
        { config: ['tax/calculation=origin'] },
        '--config takes path=value with a Magento config path (section/group/field), e.g. --config tax/calculation/based_on=origin; got "tax/calculation=origin"',
      ],
      [{ port: 'http' }, '--port must be a number from 0 to 65535 (0 picks a free port), got "http"'],
      [{ port: '70000' }, '--port must be a number from 0 to 65535 (0 picks a free port), got "70000"'],
      [
        { host: '0.0.0.0', control: true },
        'the control API would listen on 0.0.0.0 without a token: add --control-token <secret>, or --host 127.0.0.1',
      ],
      [{ controlToken: 'x' }, '--control-token only matters with the control API: add --control'],
    ];
    for (const [raw, message] of cases) {
      assert.throws(
        () => toSimulatorOptions({ ...base, ...raw } as Parameters<typeof toSimulatorOptions>[0]),
        (err: unknown) => err instanceof CliError && err.exitCode === 2 && err.message === message,
        JSON.stringify(raw),
      );
    }
    const ok = toSimulatorOptions({
      ...base,
      host: '0.0.0.0',
      control: true,
      controlToken: 't',
      config: ['websites/shops/carriers/instore/active=1', 'general/locale/code=fr_FR', 'a/b/c='],
    });
    assert.deepEqual(ok.config, {
      'websites/shops/carriers/instore/active': '1',
      'general/locale/code': 'fr_FR',
      'a/b/c': '',
    });
    assert.equal(ok.controlToken, 't');
  });
});
