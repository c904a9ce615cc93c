import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MagentoRestError } from '../magento/admin-client.ts';
import { isNoRoute, isNotFound, messageOf, SeedError, seeding } from './rest-errors.ts';

const noRoute = new MagentoRestError(404, { message: 'Request does not match any route.' }, 'GET /rest/V1/x');
const noEntity = new MagentoRestError(
  404,
  {
    message: 'No such entity with %fieldName = %fieldValue',
    parameters: { fieldName: 'cartId', fieldValue: 0 },
  },
  'GET /rest/V1/carts/0',
);

test('a route the target lacks is told apart from a record that does not exist', () => {
  assert.equal(isNoRoute(noRoute), true);
  assert.equal(isNotFound(noRoute), false);
  assert.equal(isNoRoute(noEntity), false);
  assert.equal(isNotFound(noEntity), true);
  assert.equal(isNoRoute(new Error('Request does not match any route.')), false);
});

test("Magento's message reads with its named and positional parameters filled in", () => {
  assert.equal(messageOf(noEntity), 'No such entity with cartId = 0');
  const positional = new MagentoRestError(
    400,
    { message: 'Products "%1" and "%2" clash.', parameters: [7, 9] },
    'POST x',
  );
  assert.equal(messageOf(positional), 'Products "7" and "9" clash.');
  assert.equal(
    messageOf(new MagentoRestError(503, '<html>maintenance</html>', 'GET x')),
    '<html>maintenance</html>',
  );
  assert.equal(messageOf(new MagentoRestError(500, null, 'GET x')), 'HTTP 500');
});

test('a failed seeding call names what was being seeded', async () => {
  await assert.rejects(
    seeding('product "PG1-A"', () => Promise.reject(noEntity)),
    (err: unknown) =>
      err instanceof SeedError &&
      err.message === 'seeding product "PG1-A" failed: No such entity with cartId = 0',
  );
});
