import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MagentoTestClient } from '../../../test/support/magento-client.ts';
import type { Route } from '../route.ts';
import { commerceRoutes } from './commerce.ts';
import { type MoneyKit, type P, startMoneyShop, tillCart } from './commerce-test-kit.ts';
import { posExtensionRoutes } from './pos-extension.ts';

/**
 * Which of these routes exist where: Commerce routes only in the Commerce edition, 2.4.9 routes
 * only from 2.4.9, the POS extension unless `strictCore` (its store credit, reward and gift card
 * routes only in Commerce). Every row of both route files is called.
 */
const NO_ROUTE = { message: 'Request does not match any route.' };
let openSource: MoneyKit;
let strict: MoneyKit;
before(async () => {
  [openSource, strict] = await Promise.all([
    startMoneyShop({ edition: 'open-source', version: '2.4.9' }),
    startMoneyShop({ edition: 'commerce', version: '2.4.8', strictCore: true }),
  ]);
});
after(() => Promise.all([openSource.close(), strict.close()]));

/** The route's URL with sample values for its parameters. */
const url = (r: Route) =>
  r.path.replace(/:[A-Za-z]+/g, (p) => (p === ':giftCardCode' || p === ':code' ? 'GC-TEN' : '7'));
const call = (c: MagentoTestClient, r: Route) =>
  c.call(r.method, url(r), r.method === 'POST' || r.method === 'PUT' ? {} : undefined);
const routeAnswer = async (c: MagentoTestClient, r: Route) => {
  const res = await call(c, r);
  return `${r.method} ${r.path}: ${res.status === 404 && JSON.stringify(res.body) === JSON.stringify(NO_ROUTE) ? 'absent' : 'present'}`;
};

describe('editions and versions', () => {
  test('Open Source: no Commerce route (404 "Request does not match any route."), but 2.4.9 customer token', async () => {
    for (const r of commerceRoutes) {
      const expected = r.edition === 'commerce' ? 'absent' : 'present';
      assert.equal(await routeAnswer(openSource.admin, r), `${r.method} ${r.path}: ${expected}`);
    }
    const res = await openSource.admin.post<string>('/V1/customers/1/token');
    assert.equal(res.status, 200);
    assert.match(res.body, /^[0-9a-f]{32}$/);
  });

  test('Commerce 2.4.8: the Commerce routes of 2.4.6-2.4.8 exist; the 2.4.9 ones do not', async () => {
    for (const r of commerceRoutes) {
      const expected = r.since === '2.4.9' ? 'absent' : 'present';
      assert.equal(await routeAnswer(strict.admin, r), `${r.method} ${r.path}: ${expected}`);
    }
  });

  test('Open Source gets the POS extension without its Commerce-only routes', async () => {
    for (const r of posExtensionRoutes) {
      const expected = r.edition === 'commerce' ? 'absent' : 'present';
      assert.equal(await routeAnswer(openSource.admin, r), `${r.method} ${r.path}: ${expected}`);
    }
    const id = await tillCart(openSource, [['MUG', 1]]);
    const r = await openSource.admin.put<number>(`/V1/pos/carts/${id}/order`, {
      payments: [{ method: 'pos_cash', amount: 17.99 }],
      client_sale_id: 'OS-1',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  });
});

describe('strictCore', () => {
  test('hides every POS extension route', async () => {
    for (const r of posExtensionRoutes)
      assert.equal(await routeAnswer(strict.admin, r), `${r.method} ${r.path}: absent`);
  });

  test('has no pos_split payment method', async () => {
    const id = await tillCart(strict, [['MUG', 1]]);
    const r = await strict.admin.put<P>(`/V1/carts/${id}/selected-payment-method`, {
      method: { method: 'pos_split' },
    });
    assert.deepEqual(
      [r.status, r.body],
      [400, { message: 'The requested Payment Method is not available.' }],
    );
  });
});
