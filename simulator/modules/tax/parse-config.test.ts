import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAX_CONFIG } from './config-keys.ts';
import { parseTaxAddressConfig, parseTaxCalculationConfig } from './parse-config.ts';

test("Magento's defaults when nothing is set: TOTAL, prices excl. tax, tax after discount", () => {
  assert.deepEqual(
    parseTaxCalculationConfig(() => undefined),
    {
      algorithm: 'TOTAL_BASE_CALCULATION',
      priceIncludesTax: false,
      shippingIncludesTax: false,
      applyAfterDiscount: true,
      discountTax: false,
      crossBorderTrade: false,
    },
  );
  assert.deepEqual(
    parseTaxAddressConfig(() => null),
    {
      basedOn: 'shipping',
      defaults: { country: 'US', region: 0, postcode: null },
      origin: { country_id: 'US', region_id: 12, postcode: '90034' },
    },
  );
});

test('values are read by their Magento paths; "0" and "" are false', () => {
  const values: Record<string, string> = {
    'tax/calculation/algorithm': 'UNIT_BASE_CALCULATION',
    'tax/calculation/price_includes_tax': '1',
    'tax/calculation/apply_after_discount': '0',
    'tax/calculation/cross_border_trade_enabled': '',
    'tax/calculation/based_on': 'origin',
    'shipping/origin/region_id': '43',
    'shipping/origin/postcode': '10001',
  };
  const calc = parseTaxCalculationConfig((p) => values[p]);
  assert.equal(calc.algorithm, 'UNIT_BASE_CALCULATION');
  assert.equal(calc.priceIncludesTax, true);
  assert.equal(calc.applyAfterDiscount, false);
  assert.equal(calc.crossBorderTrade, false);
  const address = parseTaxAddressConfig((p) => values[p]);
  assert.equal(address.basedOn, 'origin');
  assert.deepEqual(address.origin, { country_id: 'US', region_id: 43, postcode: '10001' });
});

test('the paths are the strings Magento stores', () => {
  assert.equal(TAX_CONFIG.algorithm.path, 'tax/calculation/algorithm');
  assert.equal(TAX_CONFIG.basedOn.path, 'tax/calculation/based_on');
  assert.equal(TAX_CONFIG.crossBorderTrade.path, 'tax/calculation/cross_border_trade_enabled');
  assert.equal(TAX_CONFIG.originPostcode.path, 'shipping/origin/postcode');
  assert.equal(TAX_CONFIG.defaultCustomerTaxClass.default, '3');
});

test("the simulator's shipped config defaults read the same as Magento's", async () => {
  const { CONFIG_DEFAULTS } = await import('../../config/defaults.ts');
  const read = (p: string) => CONFIG_DEFAULTS[p];
  assert.deepEqual(
    parseTaxCalculationConfig(read),
    parseTaxCalculationConfig(() => undefined),
  );
  assert.deepEqual(
    parseTaxAddressConfig(read),
    parseTaxAddressConfig(() => undefined),
  );
});
