import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CliError } from './errors.ts';
import { toServiceOptions } from './register-command.ts';

const BIN = resolve(import.meta.dirname, '../../bin/posgate.js');

test('bad flags are CliErrors that say what to do', () => {
  assert.throws(() => toServiceOptions({ port: 'x', host: '127.0.0.1' }), CliError);
  assert.throws(() => toServiceOptions({ port: '70000', host: '127.0.0.1' }), /--port must be a number/);
  assert.deepEqual(toServiceOptions({ port: '0', host: '0.0.0.0' }), { port: 0, host: '0.0.0.0' });
});

test('as a process: prints its URL, serves the contract, stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [BIN, 'register', '--port', '0'], { stdio: 'pipe' });
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && /Stop with Ctrl\+C/.test(out)) {
        clearInterval(timer);
        resolvePromise(m[1] as string);
      }
    }, 25);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited early: ${out}`));
    });
  });
  const status = await fetch(`${url}/status`);
  assert.equal(status.status, 409, 'not open yet');
  const bad = await fetch(`${url}/sell`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(((await bad.json()) as { field: string }).field, 'lines');
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.match(out, /posgate register: stopped/);
});
