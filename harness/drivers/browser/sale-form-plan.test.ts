import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sale } from '../../../contracts/driver.ts';
import { NotOnThePage, returnPlan, salePlan } from './sale-form-plan.ts';

/**
 * How a contract Sale is rung up on the browser register's page: each tender combination the page
 * has a radio for, and each sale it cannot take refused by name (never rung up as another sale).
 */
const lines: Sale['lines'] = [{ sku: 'MUG-001', qty: 2 }];

test('each tender the page offers maps to its radio, with the cash amount and gift card code', () => {
  const plan = (tenders: Sale['tenders']) => {
    const { lines: _l, ...rest } = salePlan({ lines, tenders });
    return rest;
  };
  assert.deepEqual(plan([{ method: 'cash' }]), { tender: 'Cash' });
  assert.deepEqual(plan([{ method: 'cash', amount: 50 }]), { tender: 'Cash', cashAmount: 50 });
  assert.deepEqual(plan([{ method: 'card' }]), { tender: 'Card' });
  assert.deepEqual(plan([{ method: 'cash', amount: 20 }, { method: 'card' }]), {
    tender: 'Split',
    cashAmount: 20,
  });
  assert.deepEqual(plan([{ method: 'gift_card', giftCardCode: 'GC-50' }]), {
    tender: 'Gift card',
    giftCardCode: 'GC-50',
  });
  assert.deepEqual(plan([{ method: 'store_credit' }]), { tender: 'Store credit' });
  assert.deepEqual(plan([{ method: 'points' }]), { tender: 'Points' });
});

test('lines keep their options and override; customer and coupon pass through', () => {
  const plan = salePlan({
    lines: [
      { sku: 'TSHIRT', qty: 1, options: { size: 'M' }, priceOverride: { price: 20, approver: 'mgr-7' } },
      { sku: 'MUG-001', qty: 2 },
    ],
    customerEmail: 'jane.doe@example.com',
    coupon: 'TILL10',
    tenders: [{ method: 'card' }],
  });
  assert.deepEqual(plan, {
    lines: [
      { sku: 'TSHIRT', qty: 1, options: { size: 'M' }, priceOverride: { price: 20, approver: 'mgr-7' } },
      { sku: 'MUG-001', qty: 2 },
    ],
    customerEmail: 'jane.doe@example.com',
    coupon: 'TILL10',
    tender: 'Card',
  });
});

test('what the page has no control for is refused by name', () => {
  const refuses = (sale: Sale, message: string) =>
    assert.throws(
      () => salePlan(sale),
      (e) => e instanceof NotOnThePage && e.message === `the browser register's page cannot take ${message}`,
    );
  refuses(
    { lines, tenders: [{ method: 'gift_card', giftCardCode: 'GC' }, { method: 'cash' }] },
    'the tenders gift_card + cash (one tender, or cash + card)',
  );
  refuses(
    {
      lines,
      tenders: [
        { method: 'cash', amount: 5 },
        { method: 'card', amount: 5 },
      ],
    },
    'the tenders cash + card (one tender, or cash + card)',
  );
  refuses({ lines, tenders: [{ method: 'card', amount: 5 }] }, 'an amount on a card tender');
  refuses(
    { saleId: 'REG1-1', lines, tenders: [{ method: 'cash' }] },
    'a sale id chosen by the caller (REG1-1)',
  );
  refuses(
    { lines: [{ sku: 'CAP', qty: 1, customOptions: { Text: 'A' } }], tenders: [{ method: 'cash' }] },
    'custom options (line CAP)',
  );
  refuses(
    {
      lines: [{ sku: 'CAP', qty: 1, priceOverride: { price: 1, approver: 'm', reason: 'damaged' } }],
      tenders: [{ method: 'cash' }],
    },
    'a reason for a price override (line CAP)',
  );
  refuses(
    { lines: [{ sku: 'TSHIRT', qty: 1, options: { size: 'S=small' } }], tenders: [{ method: 'cash' }] },
    'an option with "," or "=" in it (line TSHIRT): options are typed as code=Label, …',
  );
});

test('a return is one SKU on the Return form', () => {
  assert.deepEqual(
    returnPlan({
      orderNumber: '000000001',
      lines: [{ sku: 'MUG-001', qty: 1 }],
      refundTender: 'card',
      restock: false,
    }),
    { orderNumber: '000000001', sku: 'MUG-001', qty: 1, refundTender: 'card', restock: false },
  );
  assert.throws(
    () =>
      returnPlan({
        orderNumber: '1',
        lines: [
          { sku: 'A', qty: 1 },
          { sku: 'B', qty: 1 },
        ],
        refundTender: 'cash',
        restock: true,
      }),
    /cannot take a return of 2 lines at once \(one SKU per return\)/,
  );
});
