import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Services } from '../../context.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import {
  assertPaymentMethodUsable,
  availablePaymentMethods,
  canRefundOnline,
  isKnownMethod,
  paymentOrderStatus,
  paymentTitle,
} from './index.ts';

let sim: Simulator;
let pos: Simulator;
let s: Services;

before(async () => {
  sim = await createSimulator({ control: false });
  pos = await createSimulator({
    control: false,
    scenario: { name: 'pos', payment_methods: [{ code: 'pos_cash', title: 'Cash (POS)' }] },
  });
  s = sim.runtime.services;
});
after(async () => {
  await sim.close();
  await pos.close();
});

/** Runs `fn` with some config set, then puts the state back. */
function withConfig(values: Record<string, string>, fn: () => void): void {
  const before = s.store.dump();
  try {
    s.store.transaction(() => {
      for (const [k, v] of Object.entries(values)) s.config.set(k, v);
    });
    fn();
  } finally {
    s.store.transaction(() => s.store.replace(before));
  }
}

const codes = (list: Array<{ code: string }>) => list.map((m) => m.code);
const refused = (message: string) => ({ name: 'LocalizedError', status: 400, message });

test('defaults: only checkmo; free joins it when the grand total rounds to 0', () => {
  assert.deepEqual(availablePaymentMethods(s, {}, { grandTotal: 10 }), [
    { code: 'checkmo', title: 'Check / Money order' },
  ]);
  assert.deepEqual(availablePaymentMethods(s, {}, { grandTotal: 0.004 }), [
    { code: 'checkmo', title: 'Check / Money order' },
    { code: 'free', title: 'No Payment Information Required' },
  ]);
  assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 0.005 })), ['checkmo']);
});

test('a custom offline method is declared by config alone (scenario payment_methods)', () => {
  const ps = pos.runtime.services;
  assert.deepEqual(availablePaymentMethods(ps, {}, { grandTotal: 25 }), [
    { code: 'checkmo', title: 'Check / Money order' },
    { code: 'pos_cash', title: 'Cash (POS)' },
  ]);
  assert.equal(isKnownMethod(ps, {}, 'pos_cash'), true);
  assert.equal(paymentTitle(ps, {}, 'pos_cash'), 'Cash (POS)');
  assert.equal(paymentOrderStatus(ps, {}, 'pos_cash'), 'pending');
  assert.equal(assertPaymentMethodUsable(ps, {}, { method: 'pos_cash' }, { grandTotal: 25 }), 'pos_cash');
  assert.equal(isKnownMethod(s, {}, 'pos_cash'), false, 'unknown where it is not configured');
  assert.equal(canRefundOnline('pos_cash'), false);
  assert.equal(canRefundOnline('checkmo'), false);
});

test('sort_order orders the list, then the code', () => {
  withConfig(
    { 'payment/pos_cash/active': '1', 'payment/pos_cash/title': 'Cash', 'payment/checkmo/sort_order': '5' },
    () =>
      assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 0 })), [
        'pos_cash',
        'free',
        'checkmo',
      ]),
  );
});

test("a disabled, unknown or empty method is refused with Magento's messages", () => {
  const ctx = { grandTotal: 10 };
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, { method: 'banktransfer' }, ctx),
    refused('The requested Payment Method is not available.'),
  );
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, { method: 'bitcoin' }, ctx),
    refused('The requested Payment Method is not available.'),
  );
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, { method: '' }, ctx),
    refused('The payment method you requested is not available.'),
  );
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, {}, ctx),
    refused('The payment method you requested is not available.'),
  );
  withConfig({ 'stores/default/payment/checkmo/active': '0' }, () => {
    assert.throws(
      () => assertPaymentMethodUsable(s, { storeCode: 'default' }, { method: 'checkmo' }, ctx),
      refused('The requested Payment Method is not available.'),
    );
    assert.deepEqual(availablePaymentMethods(s, { storeCode: 'default', websiteCode: 'base' }, ctx), []);
  });
});

test('zero total: only free may be chosen; free is refused above zero', () => {
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, { method: 'checkmo' }, { grandTotal: 0 }),
    refused('The requested Payment Method is not available.'),
  );
  assert.equal(assertPaymentMethodUsable(s, {}, { method: 'free' }, { grandTotal: 0 }), 'free');
  assert.throws(
    () => assertPaymentMethodUsable(s, {}, { method: 'free' }, { grandTotal: 0.01 }),
    refused('The requested Payment Method is not available.'),
  );
});

test('purchase order needs its number', () => {
  withConfig({ 'payment/purchaseorder/active': '1' }, () => {
    assert.throws(
      () =>
        assertPaymentMethodUsable(s, {}, { method: 'purchaseorder', po_number: null }, { grandTotal: 10 }),
      refused('Purchase order number is a required field.'),
    );
    assert.equal(
      assertPaymentMethodUsable(s, {}, { method: 'purchaseorder', po_number: 'PO-1' }, { grandTotal: 10 }),
      'purchaseorder',
    );
  });
});

test('min/max order totals and specific countries restrict a method', () => {
  withConfig(
    {
      'payment/checkmo/min_order_total': '5',
      'payment/checkmo/max_order_total': '100',
      'payment/cashondelivery/active': '1',
      'payment/cashondelivery/allowspecific': '1',
      'payment/cashondelivery/specificcountry': 'FR,DE',
    },
    () => {
      assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 4.99 })), []);
      assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 100 })), ['checkmo']);
      assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 100.01 })), []);
      assert.deepEqual(codes(availablePaymentMethods(s, {}, { grandTotal: 50, countryId: 'FR' })), [
        'cashondelivery',
        'checkmo',
      ]);
      assert.throws(
        () => assertPaymentMethodUsable(s, {}, { method: 'cashondelivery' }, { grandTotal: 50 }),
        refused('The requested Payment Method is not available.'),
        'no country: the default country (US) is not allowed',
      );
    },
  );
});
