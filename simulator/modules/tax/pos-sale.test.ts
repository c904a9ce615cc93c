/**
 * End to end for a register sale with no address: the address choice, rate resolution and the
 * quote tax pass together, for each `tax/calculation/based_on`, guest and registered customer.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateQuoteTax } from './calculate-quote-tax.ts';
import { resolveRates } from './rate-resolver.ts';
import { chooseTaxAddress, type TaxAddressInput, type TaxBasedOn } from './tax-address.ts';
import type { TaxCalculationConfig, TaxRate, TaxRule } from './types.ts';

// Magento's sample rates: California 8.25 % (region 12), New York 8.375 % (region 43).
const rates: TaxRate[] = [
  { id: 1, code: 'US-CA-*-Rate 1', tax_country_id: 'US', tax_region_id: 12, tax_postcode: '*', rate: 8.25 },
  { id: 2, code: 'US-NY-*-Rate 1', tax_country_id: 'US', tax_region_id: 43, tax_postcode: '*', rate: 8.375 },
];
const rules: TaxRule[] = [
  {
    id: 1,
    code: 'Retail',
    priority: 0,
    position: 0,
    customer_tax_class_ids: [3],
    product_tax_class_ids: [2],
    tax_rate_ids: [1, 2],
  },
];
const config: TaxCalculationConfig = {
  algorithm: 'TOTAL_BASE_CALCULATION',
  priceIncludesTax: false,
  shippingIncludesTax: false,
  applyAfterDiscount: true,
  discountTax: false,
  crossBorderTrade: false,
};

/** One 10.00 item (class 2) sold to customer class 3 with no quote address. */
function saleTax(basedOn: TaxBasedOn, customer: TaxAddressInput['customer']) {
  const address = chooseTaxAddress({
    basedOn,
    isVirtual: false,
    shippingAddress: null,
    billingAddress: null,
    customer,
  });
  const ratesFor = (productTaxClassId: number) =>
    resolveRates({ rates, rules, customerTaxClassId: 3, productTaxClassId, address });
  const r = calculateQuoteTax({
    items: [{ code: 'MUG', unitPrice: 10, qty: 1, taxClassId: 2 }],
    shipping: null,
    ratesFor,
    config,
  });
  return { source: address.source, tax: r.totals.taxAmount, percent: r.items[0]!.taxPercent };
}

describe('guest', () => {
  test('based on shipping: falls back to tax/defaults US, region 0 → no regional rate → 0.00', () => {
    assert.deepEqual(saleTax('shipping', null), { source: 'tax_defaults', tax: 0, percent: 0 });
  });

  test('based on billing: the same fallback → 0.00', () => {
    assert.deepEqual(saleTax('billing', null), { source: 'tax_defaults', tax: 0, percent: 0 });
  });

  test('based on origin: US/12/90034 → California 8.25 % → 0.83', () => {
    // 10 × 0.0825 = 0.825 (+0.000001) → 0.83
    assert.deepEqual(saleTax('origin', null), { source: 'origin', tax: 0.83, percent: 8.25 });
  });
});

describe('registered customer with default shipping in CA and default billing in NY', () => {
  const customer = {
    defaultShipping: { country_id: 'US', region_id: 12, postcode: '90001' },
    defaultBilling: { country_id: 'US', region_id: 43, postcode: '10001' },
  };

  test('based on shipping: default shipping (CA 8.25 %) → 0.83', () => {
    assert.deepEqual(saleTax('shipping', customer), {
      source: 'customer_default_shipping',
      tax: 0.83,
      percent: 8.25,
    });
  });

  test('based on billing: default billing (NY 8.375 %) → 0.84', () => {
    // 10 × 0.08375 = 0.8375 (+0.000001) → 0.84
    assert.deepEqual(saleTax('billing', customer), {
      source: 'customer_default_billing',
      tax: 0.84,
      percent: 8.375,
    });
  });

  test('based on origin: the shipping origin, whatever the customer → 0.83', () => {
    assert.deepEqual(saleTax('origin', customer), { source: 'origin', tax: 0.83, percent: 8.25 });
  });

  test('without default addresses: tax/defaults → 0.00', () => {
    const bare = { defaultShipping: null, defaultBilling: null };
    assert.deepEqual(saleTax('shipping', bare), { source: 'tax_defaults', tax: 0, percent: 0 });
  });
});
