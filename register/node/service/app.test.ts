import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createReferenceRegister } from '../node-register.ts';
import { type RegisterService, startRegisterService } from './start.ts';

/**
 * The register service refuses bad input with a 400 that names the field (the contract's zod
 * schemas), never crashes, and maps every other failure in one place.
 */
let service: RegisterService;
before(async () => {
  service = await startRegisterService({ port: 0, driver: createReferenceRegister() });
});
after(() => service.close());

async function call(method: string, path: string, body?: unknown, raw?: string) {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: body === undefined && raw === undefined ? {} : { 'Content-Type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: res.status, body: (await res.json()) as { message: string; field?: string } };
}

const sale = { lines: [{ sku: 'MUG-001', qty: 1 }], tenders: [{ method: 'cash' }] };

test('bad sale bodies: 400 naming the field', async () => {
  const cases: Array<[unknown, string]> = [
    [{ ...sale, lines: [{ sku: 'MUG-001', qty: 0 }] }, 'lines[0].qty'],
    [{ ...sale, lines: [] }, 'lines'],
    [{ ...sale, tenders: [{ method: 'bitcoin' }] }, 'tenders[0].method'],
    [{ ...sale, customerEmail: 'not-an-email' }, 'customerEmail'],
    [{ ...sale, colour: 'red' }, 'colour'],
    [{ lines: [{ qty: 1 }], tenders: [{ method: 'cash' }] }, 'lines[0].sku'],
    ['a string', '(body)'],
  ];
  for (const [body, field] of cases) {
    const r = await call('POST', '/sell', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.field, field);
    assert.ok(r.body.message.includes(field), r.body.message);
  }
});

test('bad session, return and void bodies: 400 naming the field', async () => {
  const open = await call('POST', '/open', { magentoUrl: 'not a url' });
  assert.deepEqual([open.status, open.body.field], [400, 'magentoUrl']);
  const ret = await call('POST', '/return', { orderNumber: '1', lines: [{ sku: 'A', qty: -1 }] });
  assert.deepEqual([ret.status, ret.body.field], [400, 'lines[0].qty']);
  const voided = await call('POST', '/held/S1/void', {});
  assert.deepEqual([voided.status, voided.body.field], [400, 'reason']);
});

test('malformed JSON is a 400, an unknown route a 404, a register not open a 409', async () => {
  const bad = await call('POST', '/sell', undefined, '{"lines": [');
  assert.equal(bad.status, 400);
  assert.match(bad.body.message, /not valid JSON/);
  assert.equal((await call('GET', '/nope')).status, 404);
  const notOpen = await call('POST', '/sell', sale);
  assert.deepEqual(
    [notOpen.status, notOpen.body.message],
    [409, 'the register is not open: call open(session) first'],
  );
  assert.equal((await call('GET', '/status')).status, 409);
});
