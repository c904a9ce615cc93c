import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateQuoteTax } from './calculate-quote-tax.ts';
import type { AppliedRates, QuoteTaxInput, TaxAlgorithm, TaxCalculationConfig } from './types.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
const oneRate = (percent: number, id = `R${percent}`): AppliedRates => ({
  percent,
  groups: [{ id, percent, rates: [{ code: id, title: id, percent, position: 0, priority: 0, rule_id: 1 }] }],
});
const NONE: AppliedRates = { percent: 0, groups: [] };
const config = (over: Partial<TaxCalculationConfig> = {}): TaxCalculationConfig => ({
  algorithm: 'TOTAL_BASE_CALCULATION',
  priceIncludesTax: false,
  shippingIncludesTax: false,
  applyAfterDiscount: true,
  discountTax: false,
  crossBorderTrade: false,
  ...over,
});
const byClass =
  (table: Record<number, AppliedRates>) =>
  (taxClassId: number): AppliedRates =>
    table[taxClassId] ?? NONE;

describe('UNIT, ROW and TOTAL part by cents on the same cart (8.25 %)', () => {
  // A: 3 × 3.33, B: 7 × 1.99, C: 1 × 9.99; subtotal 9.99 + 13.93 + 9.99 = 33.91
  const cart = (algorithm: TaxAlgorithm): QuoteTaxInput => ({
    items: [
      { code: 'A', unitPrice: 3.33, qty: 3, taxClassId: 2 },
      { code: 'B', unitPrice: 1.99, qty: 7, taxClassId: 2 },
      { code: 'C', unitPrice: 9.99, qty: 1, taxClassId: 2 },
    ],
    shipping: null,
    ratesFor: byClass({ 2: oneRate(8.25) }),
    config: config({ algorithm }),
  });
  const taxes = (algorithm: TaxAlgorithm) => calculateQuoteTax(cart(algorithm)).items.map((i) => i.taxAmount);

  test('UNIT: per unit 0.27 × 3, 0.16 × 7, 0.82 → 2.75', () => {
    // A 3.33 × 0.0825 = 0.274725 → 0.27 ×3 = 0.81; B 1.99 × 0.0825 = 0.164175 → 0.16 ×7 = 1.12; C 0.82
    const r = calculateQuoteTax(cart('UNIT_BASE_CALCULATION'));
    const t = taxes('UNIT_BASE_CALCULATION');
    for (const [i, v] of [0.81, 1.12, 0.82].entries()) near(t[i]!, v, `line ${i}`);
    near(r.totals.taxAmount, 2.75, 'tax');
    near(r.totals.subtotal, 33.91, 'subtotal');
    near(r.totals.subtotalInclTax, 36.66, 'subtotal incl.'); // 3.60 × 3 + 2.15 × 7 + 10.81
  });

  test('ROW: per row 0.82, 1.15, 0.82 → 2.79', () => {
    // A 9.99 × 0.0825 = 0.824175 → 0.82; B 13.93 × 0.0825 = 1.149225 → 1.15; C 0.82
    const r = calculateQuoteTax(cart('ROW_BASE_CALCULATION'));
    assert.deepEqual(taxes('ROW_BASE_CALCULATION'), [0.82, 1.15, 0.82]);
    near(r.totals.taxAmount, 2.79, 'tax');
    near(r.totals.subtotalInclTax, 36.7, 'subtotal incl.'); // 10.81 + 15.08 + 10.81
  });

  test('TOTAL: leftovers carried 0.82, 1.15, 0.83 → 2.80 = round(2.797575)', () => {
    // A 0.824175 + 0.000001 → 0.82 (keeps 0.004176); B 1.149225 + 0.004176 = 1.153401 → 1.15
    // (keeps 0.003401); C 0.824175 + 0.003401 = 0.827576 → 0.83
    const r = calculateQuoteTax(cart('TOTAL_BASE_CALCULATION'));
    assert.deepEqual(taxes('TOTAL_BASE_CALCULATION'), [0.82, 1.15, 0.83]);
    near(r.totals.taxAmount, 2.8, 'tax');
    near(r.totals.appliedTaxes[0]!.amount, 2.8, 'applied R8.25');
  });
});

test('price including 20 % VAT: 10.00 → tax 1.67, price 8.33', () => {
  const r = calculateQuoteTax({
    items: [{ code: 'TEE', unitPrice: 10, qty: 1, taxClassId: 2 }],
    shipping: null,
    ratesFor: byClass({ 2: oneRate(20) }),
    config: config({ priceIncludesTax: true }),
  });
  // 10 × (1 − 1/1.2) = 1.6667 → 1.67; 10 − 1.67 = 8.33
  const [tee] = r.items;
  near(tee!.taxAmount, 1.67, 'tax');
  near(tee!.price, 8.33, 'price');
  near(tee!.rowTotal, 8.33, 'row total');
  near(r.totals.subtotalInclTax, 10, 'subtotal incl.');
  assert.equal(tee!.code, 'TEE');
});

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/including_tax_apply_tax_after_discount.php
test('Magento scenario: incl. tax, ROW, 50 % off items and shipping, tax after discount', () => {
  const r = calculateQuoteTax({
    items: [{ code: 'simple1', unitPrice: 29, qty: 1, taxClassId: 2, discountAmount: 13.18 }],
    shipping: { amount: 5, discountAmount: 2.275, taxClassId: 4 },
    ratesFor: byClass({ 2: oneRate(10, 'US-TX'), 4: oneRate(10, 'US-TX-Shipping') }),
    config: config({ algorithm: 'ROW_BASE_CALCULATION', priceIncludesTax: true, shippingIncludesTax: true }),
  });
  // item: 2.636364 → 2.64 before discount; after, 15.82 × (1 − 1/1.1) = 1.438182 → 1.44; comp. 1.20
  // shipping: 5 × (1 − 1/1.1) = 0.454546 → 0.45, excl. 4.55; after, 2.725 → 0.247727 → 0.25; comp. 0.20
  const { totals, shipping } = r;
  near(totals.subtotal, 26.36, 'subtotal');
  near(totals.subtotalInclTax, 29, 'subtotal incl.');
  near(totals.taxAmount, 1.69, 'tax'); // 1.44 + 0.25
  near(totals.discountTaxCompensationAmount, 1.2, 'compensation');
  near(totals.shippingDiscountTaxCompensationAmount, 0.2, 'shipping compensation');
  near(shipping!.amount, 4.55, 'shipping');
  near(shipping!.amountInclTax, 5, 'shipping incl.');
  near(totals.shippingTaxAmount, 0.25, 'shipping tax');
  assert.deepEqual(
    totals.appliedTaxes.map((t) => [t.id, t.percent, Math.round(t.amount * 100) / 100]),
    [
      ['US-TX', 10, 1.44],
      ['US-TX-Shipping', 10, 0.25],
    ],
  );
});

// .../scenarios/excluding_tax_apply_tax_after_discount.php
test('Magento scenario: excl. tax, TOTAL, 50 % off items only, shipping 10.00 at 7.5 %', () => {
  const r = calculateQuoteTax({
    items: [{ code: 'simple1', unitPrice: 10, qty: 2, taxClassId: 2, discountAmount: 10 }],
    shipping: { amount: 10, taxClassId: 4 },
    ratesFor: byClass({ 2: oneRate(20, 'US-TX'), 4: oneRate(7.5, 'US-TX-Shipping') }),
    config: config(),
  });
  // item: (20 − 10) × 0.2 = 2.00; incl. before discount 20 + 4 = 24; shipping 10 × 0.075 = 0.75
  near(r.items[0]!.taxAmount, 2, 'item tax');
  near(r.items[0]!.priceInclTax, 12, 'price incl.');
  near(r.totals.subtotalInclTax, 24, 'subtotal incl.');
  near(r.shipping!.amountInclTax, 10.75, 'shipping incl.');
  near(r.totals.taxAmount, 2.75, 'tax');
  assert.deepEqual(
    r.totals.appliedTaxes.map((t) => [t.id, t.amount]),
    [
      ['US-TX', 2],
      ['US-TX-Shipping', 0.75],
    ],
  );
});

describe('shipping, classes and line keys', () => {
  const item = { code: 'A', unitPrice: 9.99, qty: 1, taxClassId: 2 };

  test("shipping tax class 0 (Magento's default) leaves shipping untaxed", () => {
    const r = calculateQuoteTax({
      items: [item],
      shipping: { amount: 5, taxClassId: 0 },
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config(),
    });
    near(r.shipping!.taxAmount, 0, 'shipping tax');
    near(r.shipping!.amountInclTax, 5, 'shipping incl.');
    near(r.totals.taxAmount, 0.82, 'tax'); // the item only
  });

  test('TOTAL carries the last item’s leftover into shipping at the same rate; ROW does not', () => {
    const input = (algorithm: TaxAlgorithm): QuoteTaxInput => ({
      items: [item],
      shipping: { amount: 9.99, taxClassId: 2 },
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config({ algorithm }),
    });
    // item 0.824175 → 0.82 (keeps 0.004176); shipping 0.824175 + 0.004176 = 0.828351 → 0.83
    near(calculateQuoteTax(input('TOTAL_BASE_CALCULATION')).shipping!.taxAmount, 0.83, 'TOTAL');
    near(calculateQuoteTax(input('ROW_BASE_CALCULATION')).shipping!.taxAmount, 0.82, 'ROW');
  });

  test('lines with the same SKU keep separate remainders (keyed sequence-N, like Magento)', () => {
    const r = calculateQuoteTax({
      items: [item, { ...item }],
      shipping: null,
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config({ algorithm: 'ROW_BASE_CALCULATION' }),
    });
    assert.deepEqual(
      r.items.map((i) => [i.code, i.taxAmount]),
      [
        ['A', 0.82],
        ['A', 0.82],
      ],
    ); // one shared key would have given 0.82 then 0.83
  });

  test('a virtual quote (no shipping) and a tax class 0 item', () => {
    const r = calculateQuoteTax({
      items: [{ ...item, taxClassId: 0 }],
      shipping: null,
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config(),
    });
    assert.equal(r.shipping, null);
    near(r.totals.taxAmount, 0, 'tax');
    near(r.totals.shippingTaxAmount, 0, 'shipping tax');
    assert.deepEqual(r.totals.appliedTaxes, []);
    assert.deepEqual(r.items[0]!.appliedRates, []);
  });

  test('store rate differs: catalog prices including 10 % are re-based for a 20 % customer', () => {
    // .../scenarios/including_tax_cross_border_trade_disabled.php: 2 × 9.99 → 10.90, tax 3.64
    const input: QuoteTaxInput = {
      items: [{ code: 'simple1', unitPrice: 9.99, qty: 2, taxClassId: 2 }],
      shipping: null,
      ratesFor: byClass({ 2: oneRate(20) }),
      storeRatesFor: byClass({ 2: oneRate(10) }),
      config: config({ algorithm: 'UNIT_BASE_CALCULATION', priceIncludesTax: true }),
    };
    const off = calculateQuoteTax(input).items[0]!;
    near(off.priceInclTax, 10.9, 'price incl.');
    near(off.taxAmount, 3.64, 'tax');
    // cross-border trade on: 9.99 stands, tax 2 × 1.67 = 3.34
    const on = calculateQuoteTax({ ...input, config: { ...input.config, crossBorderTrade: true } }).items[0]!;
    near(on.priceInclTax, 9.99, 'price incl. (CBT)');
    near(on.taxAmount, 3.34, 'tax (CBT)');
  });

  test('a fully discounted line keeps a 0.00 applied tax; the quote drops it', () => {
    const r = calculateQuoteTax({
      items: [{ ...item, discountAmount: 9.99 }],
      shipping: null,
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config(),
    });
    // taxable max(9.99 − 9.99, 0) = 0 → tax 0; _saveAppliedTaxes unsets an id whose amount stays 0
    assert.deepEqual(
      r.items[0]!.appliedRates.map((t) => [t.id, t.amount]),
      [['R8.25', 0]],
    );
    assert.deepEqual(r.totals.appliedTaxes, []);
    near(r.items[0]!.priceInclTax, 10.81, 'price incl. keeps the tax before discount');
  });

  test('discount_tax picks the price the discount collector works on', () => {
    const input: QuoteTaxInput = {
      items: [item],
      shipping: null,
      ratesFor: byClass({ 2: oneRate(8.25) }),
      config: config(),
    };
    near(calculateQuoteTax(input).items[0]!.discountCalculationPrice, 9.99, 'excl.');
    const incl = calculateQuoteTax({ ...input, config: config({ discountTax: true }) });
    near(incl.items[0]!.discountCalculationPrice, 10.81, 'incl.'); // 9.99 + 0.82
  });
});
