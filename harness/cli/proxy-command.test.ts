import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { CliError } from './errors.ts';
import { proxyCommand, toProxyOptions } from './proxy-command.ts';

const BIN = resolve(import.meta.dirname, '../../bin/posgate.js');
const tmp = mkdtempSync(join(tmpdir(), 'posgate-proxy-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], until?: RegExp) {
  const child = spawn(process.execPath, [BIN, 'proxy', ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const ready = new Promise<string>((resolvePromise, reject) => {
    const timer = setInterval(() => {
      if (until?.test(stdout)) {
        clearInterval(timer);
        resolvePromise(stdout);
      }
    }, 25);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited: ${stderr}${stdout}`));
    });
  });
  ready.catch(() => {}); // only awaited when `until` is given
  return { child, ready, exited, out: () => ({ stdout, stderr }) };
}

test('bad flags are CliErrors that say what to do', () => {
  const base = { port: '8474', host: '127.0.0.1', logLevel: 'warn' };
  assert.throws(
    () => toProxyOptions({ ...base, port: 'abc' }),
    new CliError('--port must be a number from 0 to 65535 (0 picks a free port), got "abc"'),
  );
  assert.throws(() => toProxyOptions({ ...base, port: '70000' }), CliError);
  assert.throws(() => toProxyOptions({ ...base, seed: 'x' }), /--seed must be a whole number/);
  assert.throws(() => toProxyOptions({ ...base, logLevel: 'loud' }), /--log-level must be/);
  assert.deepEqual(
    { ...toProxyOptions({ ...base, seed: '3', config: 'p.json' }), logger: undefined },
    { host: '127.0.0.1', port: 8474, logger: undefined, metrics: false, configFile: 'p.json', seed: 3 },
  );
});

test('as a process: prints URL and proxies, serves, stops on SIGTERM; a bad config is one line and exit 2', async (t) => {
  const config = join(tmp, 'proxies.json');
  writeFileSync(
    config,
    JSON.stringify([{ name: 'pos_sync', listen: '127.0.0.1:0', upstream: 'magento:7080' }]),
  );
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, '[{"name":"a",');
  const good = run(['--port', '0', '--config', config], /Stop with Ctrl\+C\./);
  const failing = run(['--port', '0', '--config', bad]); // both start at once: CLI start-up is slow
  t.after(() => {
    good.child.kill('SIGKILL');
    failing.child.kill('SIGKILL');
  });

  const banner = await good.ready;
  const url = /API listening on (http:\/\/\S+)/.exec(banner)?.[1] as string;
  assert.match(banner, /posgate proxy: Toxiproxy 2\.12\.0 API listening on http:\/\/127\.0\.0\.1:\d+/);
  assert.match(banner, /proxy pos_sync: 127\.0\.0\.1:\d+ -> magento:7080/);
  assert.equal(await (await fetch(`${url}/version`)).text(), '{"version": "2.12.0"}\n');
  assert.deepEqual(Object.keys((await (await fetch(`${url}/proxies`)).json()) as object), ['pos_sync']);
  good.child.kill('SIGTERM');
  assert.equal(await good.exited, 0);
  assert.match(good.out().stdout, /posgate proxy: stopped/);

  assert.equal(await failing.exited, 2);
  assert.equal(
    failing.out().stderr,
    `posgate: config file ${bad}: bad request body: unexpected EOF (fix the file: a JSON array of {name, listen, upstream, enabled?})\n`,
  );
});

test('a missing config, an invalid proxy in it, or a taken API port are CliErrors naming the fix', async (t) => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  t.after(() => blocker.close());
  // A command that starts instead of failing waits for a signal: stop it so the test fails, not hangs.
  const stopStray = setTimeout(() => process.emit('SIGINT', 'SIGINT'), 15_000);
  t.after(() => clearTimeout(stopStray));
  const port = String((blocker.address() as { port: number }).port);
  const invalid = join(tmp, 'invalid.json');
  writeFileSync(invalid, '[{"name":"a","listen":"127.0.0.1:0"}]');
  const cases: Array<[string[], RegExp]> = [
    [['--config', join(tmp, 'nope.json')], /^cannot read config file .*nope\.json: ENOENT/],
    [['--config', invalid], /invalid\.json: missing required field: upstream at proxy 1 \(fix the file/],
    [['--port', port], new RegExp(`^127\\.0\\.0\\.1:${port} is already in use: stop what listens there`)],
  ];
  for (const [args, message] of cases) {
    const command = proxyCommand().exitOverride();
    const argv = args.includes('--port') ? args : ['--port', '0', ...args];
    await assert.rejects(command.parseAsync(argv, { from: 'user' }), (err: Error) => {
      assert.ok(err instanceof CliError, String(err));
      assert.match(err.message, message);
      return true;
    });
  }
});
