// Which requests a fault rule matches, and which rules are refused.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { MagentoTestClient } from '../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../index.ts';

let sim: Simulator;
let c: MagentoTestClient;
const ADMIN = { username: 'admin', password: 'posgate123' };
const TOKEN = '/V1/integration/admin/token';

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
});
after(() => sim.close());
beforeEach(async () => {
  assert.equal((await c.post('/__sim/reset')).status, 204);
});

const addFault = async (rule: Record<string, unknown>) => {
  const r = await c.call<{ id: number }>('POST', '/__sim/faults', rule);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};
const login = () => c.call<unknown>('POST', TOKEN, ADMIN);

test('matching: by method, by :param pattern, * segment and re: regex; unmatched requests pass', async () => {
  await addFault({ method: 'GET', path: TOKEN, action: '429' });
  assert.equal((await login()).status, 200, 'a GET rule does not match a POST');
  await c.delete('/__sim/faults');
  await addFault({ path: '/V1/integration/:who/token', action: '5xx' });
  assert.equal((await login()).status, 500);
  const customer = await c.post('/V1/integration/customer/token', { username: 'x@y.z', password: 'p' });
  assert.equal(customer.status, 500);
  await c.delete('/__sim/faults');
  await addFault({ path: '/v1/INTEGRATION/*/token', action: '5xx', times: 1 });
  assert.equal((await login()).status, 500, 'literal segments are case-insensitive');
  await addFault({ path: 're:/customer/', action: '429' });
  assert.equal((await login()).status, 200);
  assert.equal(
    (await c.post('/V1/integration/customer/token', { username: 'x@y.z', password: 'p' })).status,
    429,
  );
  await addFault({ path: '/V1/integration/admin', action: '429' });
  assert.equal((await login()).status, 200, 'a literal path matches whole paths only');
});

test('faults apply behind a store code prefix too', async () => {
  await addFault({ path: TOKEN, action: '429', times: 1 });
  const r = await c.call('POST', '/rest/default/V1/integration/admin/token', ADMIN);
  assert.equal(r.status, 429);
});

test('bad rules are refused with the field named', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [
      { path: TOKEN, action: 'explode' },
      'Invalid fault rule: action: Invalid option: expected one of "429"|"5xx"|"delay"|"commit-then-drop"',
    ],
    [{ path: TOKEN, action: 'delay' }, 'Invalid fault rule: delayMs: a delay rule needs delayMs'],
    [
      { path: '/rest/V1/carts', action: '429' },
      'Invalid fault rule: path: give the path after the store prefix, e.g. /V1/carts/:cartId/order',
    ],
    [
      { path: TOKEN, action: '429', status: 503 },
      'Invalid fault rule: status: status goes with action "5xx" only',
    ],
    [
      { path: TOKEN, action: '5xx', status: 404 },
      'Invalid fault rule: status: Too small: expected number to be >=500',
    ],
    [
      { path: 're:(', action: '429' },
      'Invalid fault rule: path: not a valid regular expression: Invalid regular expression: /(/: Unterminated group',
    ],
    [
      { path: TOKEN, action: '429', when: 'now' },
      'Invalid fault rule: (top level): Unrecognized key: "when"',
    ],
    [
      { action: '429', times: 0 },
      'Invalid fault rule: path: Invalid input: expected string, received undefined; times: Too small: expected number to be >0',
    ],
  ];
  for (const [rule, message] of cases) {
    const r = await c.call('POST', '/__sim/faults', rule);
    assert.equal(r.status, 400, JSON.stringify(rule));
    assert.deepEqual(r.body, { message });
  }
  const missing = await c.delete('/__sim/faults/99');
  assert.equal(missing.status, 404);
  assert.deepEqual(missing.body, { message: 'No fault rule with id 99.' });
});
