import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { MagentoVersion } from '../../profile.ts';
import { JournalStore } from '../../state/journal-store.ts';
import {
  customerClient,
  guestCart,
  type Kit,
  ordersOfCart,
  type P,
  pickupInfo,
  startShop,
} from './quote-test-kit.ts';

/**
 * Two placements of one cart at the same time, against a durable state file so the window between
 * the handler and the durable write is real: exactly one order per cart, the loser told the
 * release's message (or, once the winner is durable, the converted-cart 404).
 */
const LOCKED_248 = 'The cart is locked for processing. Please try again later.';
const LOCKED_247 =
  'A server error stopped your order from being placed. Please try to place your order again.';
const ROUNDS = 8;

async function withDurableShop(version: MagentoVersion, fn: (kit: Kit) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'posgate-checkout-'));
  const store = await JournalStore.open(join(dir, 'state.json'));
  const kit = await startShop({ version, store });
  try {
    await fn(kit);
  } finally {
    await kit.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function raceRounds(kit: Kit, locked: string): Promise<void> {
  let lockHits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const id = await guestCart(kit, [['MUG', 1]]);
    await kit.guest.post(`/V1/guest-carts/${id}/shipping-information`, pickupInfo());
    const viaPut = round % 2 === 0;
    const place = () =>
      viaPut
        ? kit.guest.put<P>(`/V1/guest-carts/${id}/order`, { paymentMethod: { method: 'pos_cash' } })
        : kit.guest.post<P>(`/V1/guest-carts/${id}/payment-information`, {
            email: 'pat@example.com',
            paymentMethod: { method: 'pos_cash' },
          });
    const answers = await Promise.all([place(), place()]);
    const won = answers.filter((a) => a.status === 200);
    assert.equal(won.length, 1, `round ${round}: exactly one placement wins`);
    const lost = answers.find((a) => a.status !== 200) as { status: number; body: P };
    if (lost.status === 400) {
      assert.deepEqual(lost.body, { message: locked });
      lockHits++;
    } else {
      assert.equal(lost.status, 404, `round ${round}: the loser is locked out or finds the cart converted`);
    }
    const quoteId = (await kit.guest.get<P>(`/V1/guest-carts/${id}`)).body['id'];
    const orders = await ordersOfCart(kit, quoteId);
    assert.deepEqual(
      orders.map((o) => o['entity_id']),
      [won[0]?.body],
      `round ${round}: one order for quote ${quoteId}`,
    );
  }
  assert.ok(lockHits > 0, 'some loser arrived inside the durability window');
}

describe('concurrent placements of one cart', () => {
  test('2.4.8: one order; the loser gets "The cart is locked for processing..."', async () => {
    await withDurableShop('2.4.8', (kit) => raceRounds(kit, LOCKED_248));
  });

  test('2.4.7: one order; the loser gets "A server error stopped your order..."', async () => {
    await withDurableShop('2.4.7', (kit) => raceRounds(kit, LOCKED_247));
  });
});

describe('backpressure on placement routes', () => {
  const config = {
    'sales/backpressure/enabled': '1',
    'sales/backpressure/guest_limit': '2',
    'sales/backpressure/limit': '1',
    'sales/backpressure/period': '60',
  };

  async function attempts(version: MagentoVersion): Promise<number[]> {
    const kit = await startShop({ version, config });
    try {
      kit.sim.runtime.clock.freeze(Date.UTC(2025, 0, 1, 12, 0, 1));
      const id = await guestCart(kit, [['MUG', 1]]);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await kit.guest.put(`/V1/guest-carts/${id}/order`)).status);
      return statuses;
    } finally {
      await kit.close();
    }
  }

  test('2.4.7+: the third guest placement within the period is 429 {"message":"Too Many Requests"}', async () => {
    const kit = await startShop({ version: '2.4.7', config });
    try {
      kit.sim.runtime.clock.freeze(Date.UTC(2025, 0, 1, 12, 0, 1));
      const id = await guestCart(kit, [['MUG', 1]]);
      const first = await kit.guest.put(`/V1/guest-carts/${id}/order`);
      const second = await kit.guest.post(`/V1/guest-carts/${id}/payment-information`, {
        email: 'a@b.c',
        paymentMethod: {},
      });
      const third = await kit.guest.put(`/V1/guest-carts/${id}/order`);
      assert.deepEqual([first.status, second.status], [400, 400], 'refused placements still count');
      assert.deepEqual([third.status, third.body], [429, { message: 'Too Many Requests' }]);
      kit.sim.runtime.clock.advance(120_000);
      assert.equal(
        (await kit.guest.put(`/V1/guest-carts/${id}/order`)).status,
        400,
        'two periods later it is let through',
      );
      const ann = await customerClient(kit);
      await ann.post('/V1/carts/mine');
      assert.equal((await ann.put('/V1/carts/mine/order')).status, 400);
      assert.deepEqual((await ann.put<P>('/V1/carts/mine/order')).status, 429, 'customers have `limit`');
    } finally {
      await kit.close();
    }
  });

  test('2.4.6 has no backpressure', async () => {
    assert.deepEqual(await attempts('2.4.6'), [400, 400, 400]);
  });

  test('2.4.8 has it too', async () => {
    assert.deepEqual(await attempts('2.4.8'), [400, 400, 429]);
  });
});
