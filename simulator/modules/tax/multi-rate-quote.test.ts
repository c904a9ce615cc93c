/**
 * Several rates on one quote, from rules through `resolveRates` to `calculateQuoteTax`: same
 * priority summed into one applied tax, different priorities compounded into two.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calculateQuoteTax } from './calculate-quote-tax.ts';
import { resolveRates } from './rate-resolver.ts';
import type { TaxRate, TaxRule } from './types.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
const rate = (id: number, code: string, percent: number): TaxRate => ({
  id,
  code,
  tax_country_id: 'US',
  tax_region_id: 57, // Texas
  tax_postcode: '*',
  rate: percent,
});
const rule = (id: number, rateId: number, priority: number, calculate_subtotal = false): TaxRule => ({
  id,
  code: `rule ${id}`,
  priority,
  position: 0,
  customer_tax_class_ids: [3],
  product_tax_class_ids: [2],
  tax_rate_ids: [rateId],
  calculate_subtotal,
});

function tenOneDollarItems(rates: TaxRate[], rules: TaxRule[]) {
  const address = { country_id: 'US', region_id: 57, postcode: '78729' };
  return calculateQuoteTax({
    items: [{ code: 'simple1', unitPrice: 1, qty: 10, taxClassId: 2 }],
    shipping: null,
    ratesFor: (productTaxClassId) =>
      resolveRates({ rates, rules, customerTaxClassId: 3, productTaxClassId, address }),
    config: {
      algorithm: 'TOTAL_BASE_CALCULATION',
      priceIncludesTax: false,
      shippingIncludesTax: false,
      applyAfterDiscount: true,
      discountTax: false,
      crossBorderTrade: false,
    },
  });
}

// dev/tests/integration/testsuite/Magento/Tax/_files/scenarios/multi_tax_rule_total_calculate_subtotal_no.php
test('different priorities compound: TX 7.5 % then AUSTIN 5.5 % on 10.00 → 0.75 + 0.59', () => {
  const r = tenOneDollarItems([rate(1, 'TX', 7.5), rate(2, 'AUSTIN', 5.5)], [rule(1, 1, 1), rule(2, 2, 2)]);
  // TX: 10 × 0.075 = 0.75; AUSTIN: (100 + 7.5) × 5.5 % = 5.9125 % → 10 × 0.059125 = 0.59125 → 0.59
  const [line] = r.items;
  near(line!.taxAmount, 1.34, 'tax');
  near(line!.taxPercent, 13.4125, 'tax percent');
  near(line!.rowTotalInclTax, 11.34, 'row incl.');
  near(line!.priceInclTax, 1.13, 'price incl.'); // 11.34 / 10 = 1.134 → 1.13
  assert.deepEqual(
    r.totals.appliedTaxes.map((t) => [t.id, t.percent, t.amount, t.rates.map((x) => x.percent)]),
    [
      ['TX', 7.5, 0.75, [7.5]],
      ['AUSTIN', 5.9125, 0.59, [5.5]],
    ],
  );
});

test('same priority: STATE 5 % + CITY 3 % make one 8 % applied tax of 0.80', () => {
  const r = tenOneDollarItems([rate(1, 'STATE', 5), rate(2, 'CITY', 3)], [rule(1, 1, 0), rule(2, 2, 0)]);
  // 10 × 0.08 = 0.80, one group whose id joins the codes
  near(r.totals.taxAmount, 0.8, 'tax');
  assert.deepEqual(
    r.totals.appliedTaxes.map((t) => [t.id, t.percent, t.amount, t.rates.map((x) => x.code)]),
    [['STATECITY', 8, 0.8, ['STATE', 'CITY']]],
  );
});

test('calculate_subtotal on the later priority: 7.5 % + 5.5 % on the subtotal → 0.75 + 0.55', () => {
  const r = tenOneDollarItems(
    [rate(1, 'TX', 7.5), rate(2, 'AUSTIN', 5.5)],
    [rule(1, 1, 1), rule(2, 2, 2, true)],
  );
  // AUSTIN: 10 × 0.055 = 0.55 (not 0.59); total 1.30 at 13 %
  near(r.totals.taxAmount, 1.3, 'tax');
  near(r.items[0]!.taxPercent, 13, 'tax percent');
});
