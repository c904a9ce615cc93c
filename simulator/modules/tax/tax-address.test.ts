import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseTaxAddress, type TaxAddressInput, type TaxBasedOn } from './tax-address.ts';

const CA = { country_id: 'US', region_id: 12, postcode: '90001' };
const NY = { country_id: 'US', region_id: 43, postcode: '10001' };
const DE = { country_id: 'DE', region_id: null, postcode: '10115' };
const EMPTY = { country_id: null, region_id: null, postcode: null }; // a POS quote address

const TAX_DEFAULTS = { country_id: 'US', region_id: 0, postcode: null, source: 'tax_defaults' };
const ORIGIN = { country_id: 'US', region_id: 12, postcode: '90034', source: 'origin' };

const choose = (basedOn: TaxBasedOn, over: Partial<TaxAddressInput> = {}) =>
  chooseTaxAddress({
    basedOn,
    isVirtual: false,
    shippingAddress: null,
    billingAddress: null,
    customer: null,
    ...over,
  });

describe('a POS sale with no address', () => {
  const registered = { customer: { defaultBilling: NY, defaultShipping: CA } };

  test('guest: shipping and billing fall back to tax/defaults (US, region 0)', () => {
    assert.deepEqual(choose('shipping'), TAX_DEFAULTS);
    assert.deepEqual(choose('billing'), TAX_DEFAULTS);
    const emptyAddresses = { shippingAddress: EMPTY, billingAddress: EMPTY };
    assert.deepEqual(choose('shipping', emptyAddresses), TAX_DEFAULTS);
  });

  test('guest: origin uses shipping/origin (US, 12, 90034 by default)', () => {
    assert.deepEqual(choose('origin'), ORIGIN);
  });

  test("registered: the customer's default shipping / billing address", () => {
    assert.deepEqual(choose('shipping', registered), { ...CA, source: 'customer_default_shipping' });
    assert.deepEqual(choose('billing', registered), { ...NY, source: 'customer_default_billing' });
    assert.deepEqual(choose('origin', registered), ORIGIN);
  });

  test('registered without default addresses: tax/defaults', () => {
    const noDefaults = { customer: { defaultBilling: null, defaultShipping: { ...EMPTY } } };
    assert.deepEqual(choose('shipping', noDefaults), TAX_DEFAULTS);
    assert.deepEqual(choose('billing', noDefaults), TAX_DEFAULTS);
  });
});

describe('fallbacks when the quote has one address', () => {
  test('guest: the other quote address is used', () => {
    assert.deepEqual(choose('shipping', { billingAddress: DE }), { ...DE, source: 'billing_address' });
    assert.deepEqual(choose('billing', { shippingAddress: DE }), { ...DE, source: 'shipping_address' });
  });

  test('registered: never the other quote address, only their default address', () => {
    const customer = { defaultBilling: null, defaultShipping: CA };
    const r = choose('shipping', { billingAddress: DE, customer });
    assert.deepEqual(r, { ...CA, source: 'customer_default_shipping' });
    const noDefaults = { defaultBilling: null, defaultShipping: null };
    assert.deepEqual(choose('shipping', { billingAddress: DE, customer: noDefaults }), TAX_DEFAULTS);
  });

  test('an address with a country is used as is', () => {
    const both = { shippingAddress: CA, billingAddress: NY };
    assert.deepEqual(choose('shipping', both), { ...CA, source: 'shipping_address' });
    assert.deepEqual(choose('billing', both), { ...NY, source: 'billing_address' });
    assert.deepEqual(choose('origin', both), ORIGIN); // origin ignores the customer's addresses
  });
});

describe('virtual quotes and configured defaults', () => {
  test('virtual: based on shipping still taxes the billing address', () => {
    const r = choose('shipping', { isVirtual: true, shippingAddress: CA, billingAddress: NY });
    assert.deepEqual(r, { ...NY, source: 'billing_address' });
  });

  test("virtual, registered, billing without country: the customer's default billing", () => {
    const customer = { defaultBilling: NY, defaultShipping: CA };
    const r = choose('shipping', { isVirtual: true, billingAddress: EMPTY, customer });
    assert.deepEqual(r, { ...NY, source: 'customer_default_billing' });
  });

  test('tax/defaults and shipping/origin values are taken from the input', () => {
    const config = {
      defaults: { country: 'GB', region: 0, postcode: 'SW1A' },
      origin: { country_id: 'FR', region_id: 0, postcode: '75001' },
    };
    assert.deepEqual(choose('shipping', config), {
      country_id: 'GB',
      region_id: 0,
      postcode: 'SW1A',
      source: 'tax_defaults',
    });
    assert.deepEqual(choose('origin', config), {
      country_id: 'FR',
      region_id: 0,
      postcode: '75001',
      source: 'origin',
    });
  });
});
