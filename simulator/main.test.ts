import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const MAIN = resolve(import.meta.dirname, 'main.ts');

function run(env: Record<string, string>, onUrl?: (url: string) => Promise<void>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
    cwd: resolve(import.meta.dirname, '..'),
  });
  let out = '';
  let err = '';
  let started = false;
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m && onUrl && !started) {
      started = true;
      void onUrl(m[1] as string).finally(() => child.kill('SIGTERM'));
    }
  });
  return new Promise<{ code: number | null; out: string; err: string }>((r) =>
    child.on('exit', (code) => r({ code, out, err })),
  );
}

test('main.ts: configured by the environment, stops on SIGTERM; bad values exit 2 with one line', async () => {
  let info: unknown;
  const ok = run(
    {
      POSGATE_SIM_PORT: '0',
      POSGATE_SIM_CONTROL: '1',
      POSGATE_SIM_CONTROL_TOKEN: 'abc',
      POSGATE_SIM_VERSION: '2.4.6',
      POSGATE_SIM_CONFIG: 'tax/calculation/based_on=origin',
    },
    async (url) => {
      const headers = { 'x-posgate-control-token': 'abc' };
      info = {
        info: await (await fetch(`${url}/__sim/info`, { headers })).json(),
        config: await (await fetch(`${url}/__sim/config`, { headers })).json(),
      };
    },
  );
  const bad = run({ POSGATE_SIM_VERSION: '2.5' });
  const [started, refused] = await Promise.all([ok, bad]);
  assert.equal(started.code, 0, started.err);
  assert.match(started.out, /posgate simulator: stopped\n$/);
  const got = info as { info: { version: string }; config: Record<string, string> };
  assert.equal(got.info.version, '2.4.6');
  assert.deepEqual(got.config, { 'default/tax/calculation/based_on': 'origin' });
  assert.deepEqual(refused, {
    code: 2,
    out: '',
    err: 'posgate simulator: POSGATE_SIM_VERSION "2.5" is not one of 2.4.6, 2.4.7, 2.4.8, 2.4.9\n',
  });
});
