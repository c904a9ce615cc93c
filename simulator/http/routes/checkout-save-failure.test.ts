import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MemoryStore } from '../../state/memory-store.ts';
import {
  ADDRESS,
  customerClient,
  guestCart,
  type Kit,
  type P,
  pickupInfo,
  reservationsOf,
  startShop,
} from './quote-test-kit.ts';

/** A store whose order saves fail while `failOrders` is on (a database error in Magento terms). */
class FlakyOrderStore extends MemoryStore {
  failOrders = false;
  override put<T>(collection: string, key: string, value: T): void {
    if (this.failOrders && collection === 'orders') throw new Error('SQLSTATE[HY000]: General error');
    super.put(collection, key, value);
  }
}

const store = new FlakyOrderStore();
let kit: Kit;
before(async () => {
  kit = await startShop({ store });
});
after(() => kit.close());

async function allReservations(): Promise<Array<{ sku: string; quantity: number; meta: P }>> {
  const state = (await kit.admin.get<P>('/__sim/state')).body['collections'];
  return Object.values<P>(state['reservations'] ?? {}).map((r) => ({
    sku: r['sku'],
    quantity: r['quantity'],
    meta: JSON.parse(r['metadata']),
  }));
}

const cash = { email: 'pat@example.com', paymentMethod: { method: 'pos_cash' } };
const SERVER_ERROR =
  'A server error stopped your order from being placed. Please try to place your order again.';

async function readyGuestCart(lines: Array<[string, number]> = [['MUG', 1]]): Promise<string> {
  const id = await guestCart(kit, lines);
  await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
  return id;
}

describe('a failed order save', () => {
  test('compensates its reservations; generic wrappers for guest and customer; 500 on PUT .../order', async () => {
    const known = (await allReservations()).length;
    const id = await readyGuestCart([['MUG', 2]]);
    const ann = await customerClient(kit);
    await ann.post('/V1/carts/mine');
    await ann.post('/V1/carts/mine/items', { cartItem: { sku: 'MUG', qty: 1 } });
    await ann.post('/V1/carts/mine/shipping-information', pickupInfo({ ...ADDRESS, firstname: 'Ann' }));
    const adminCart = (await kit.admin.post<number>('/V1/carts/')).body;
    await kit.admin.post(`/V1/carts/${adminCart}/items`, {
      cartItem: { sku: 'MUG', qty: 1, quote_id: adminCart },
    });
    await kit.admin.post(`/V1/carts/${adminCart}/shipping-information`, pickupInfo());
    store.failOrders = true;
    try {
      const guest = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, cash);
      assert.deepEqual(
        [guest.status, guest.body],
        [400, { message: 'An error occurred on the server. Please try to place the order again.' }],
      );
      const mine = await ann.post('/V1/carts/mine/payment-information', {
        paymentMethod: { method: 'pos_cash' },
      });
      assert.deepEqual([mine.status, mine.body], [400, { message: SERVER_ERROR }]);
      const admin = await kit.admin.put<P>(`/V1/carts/${adminCart}/order`, {
        paymentMethod: { method: 'pos_cash' },
      });
      assert.equal(admin.status, 500);
      assert.match(
        admin.body['message'],
        /^Internal Error\. Details are available in Magento log file\. Report ID: webapi-/,
      );
    } finally {
      store.failOrders = false;
    }
    const cart = (await kit.guest.get<P>(`/V1/guest-carts/${id}`)).body;
    assert.equal(cart['is_active'], true, 'the cart stays open');
    const failed = (await allReservations())
      .slice(known)
      .filter((r) => r.meta.event_type === 'order_place_failed');
    assert.deepEqual(
      failed.map((r) => [r.sku, r.quantity]),
      [
        ['MUG', 2],
        ['MUG', 1],
        ['MUG', 1],
      ],
    );
    for (const f of failed) {
      const ledger = await reservationsOf(kit, f.meta.object_increment_id);
      assert.deepEqual(
        ledger.map((r) => [JSON.parse(r['metadata']).event_type, r['quantity']]),
        [
          ['order_placed', -f.quantity],
          ['order_place_failed', f.quantity],
        ],
      );
    }
  });
});
