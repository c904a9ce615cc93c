import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RegisterSession, TaxSettings } from '../../contracts/driver.ts';
import type { ScenarioInput } from '../../contracts/scenario.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { mulberry32 } from '../core/prng.ts';
import { createReferenceRegister, memoryDataDirs } from '../index.ts';
import { Admin, shopSession } from '../test-support/shop-kit.ts';

/**
 * The tax the register shows equals Magento's, to the cent, for every calculation algorithm,
 * every `based_on` and prices with or without tax: "a shop in Austin (Texas + city rate,
 * compounded), billing at a Los Angeles address, the store's origin in New York", awkward prices,
 * seeded random baskets, with and without a coupon. A sale completes only when Magento's totals
 * equal the register's (the register declines otherwise), and the order's tax is checked too.
 */
const PRICES = [
  0.99, 1.05, 2.35, 3.33, 4.99, 9.99, 12.5, 17.85, 19.95, 24.95, 33.33, 0.07, 0.15, 7.77, 99.99,
];
const SCENARIO: ScenarioInput = {
  name: 'three-regions',
  config: { 'carriers/instore/active': 1 },
  sources: [
    {
      source_code: 'shop_main',
      name: 'Shop',
      country_id: 'US',
      region_id: 57,
      city: 'Austin',
      street: '1 Main',
      postcode: '78701',
      pickup_location: true,
    },
  ],
  stocks: [
    { name: 'Shop Stock', sales_channels: ['base'], sources: [{ source_code: 'shop_main', priority: 1 }] },
  ],
  tax: {
    rates: [
      { code: 'TX', tax_country_id: 'US', tax_region_id: 57, tax_postcode: '*', rate: 8.25 },
      { code: 'AUSTIN', tax_country_id: 'US', tax_region_id: 57, tax_postcode: '787*', rate: 1.5 },
      { code: 'CA', tax_country_id: 'US', tax_region_id: 12, tax_postcode: '*', rate: 7.25 },
      { code: 'NY', tax_country_id: 'US', tax_region_id: 43, tax_postcode: '*', rate: 8.875 },
    ],
    rules: [
      { code: 'State', priority: 0, rates: ['TX', 'CA', 'NY'] },
      { code: 'City', priority: 1, rates: ['AUSTIN'] },
    ],
  },
  payment_methods: [{ code: 'pos_cash', title: 'Cash' }],
  products: [...PRICES, 100].map((price, i) => ({
    sku: i < PRICES.length ? `P${i}` : 'P100',
    name: `Item ${i}`,
    price,
    stock: { shop_main: 100_000 },
  })),
  cart_rules: [
    { name: 'Seven and a half', coupon_code: 'SEVEN', simple_action: 'by_percent', discount_amount: 7.5 },
  ],
};
const LA = {
  firstname: 'Shop',
  lastname: 'Billing',
  street: ['1 Ocean Ave'],
  city: 'Los Angeles',
  postcode: '90034',
  country_id: 'US',
  region_id: 12,
  telephone: '1',
  email: 'shop@example.com',
};
const NEW_YORK = { country_id: 'US', region_id: 43, postcode: '10001' };

let sim: Simulator;
let admin: Admin;
before(async () => {
  sim = await createSimulator({ edition: 'open-source', scenario: SCENARIO });
  admin = new Admin(sim.url);
});
after(() => sim.close());

const ALGORITHMS = ['UNIT_BASE_CALCULATION', 'ROW_BASE_CALCULATION', 'TOTAL_BASE_CALCULATION'] as const;
const BASED_ON = ['shipping', 'billing', 'origin'] as const;
/** Tax of one 100.00 item, per based_on: Austin 8.25 % then 1.5 % compounded; Los Angeles; New York. */
const EXPECTED_100 = { shipping: 9.87, billing: 7.25, origin: 8.88 };

for (const priceIncludesTax of [false, true]) {
  for (const algorithm of ALGORITHMS) {
    for (const basedOn of BASED_ON) {
      test(`${algorithm}, based on ${basedOn}, prices ${priceIncludesTax ? 'including' : 'excluding'} tax`, async () => {
        await admin.call('PUT', '/__sim/config', {
          'tax/calculation/algorithm': algorithm,
          'tax/calculation/based_on': basedOn,
          'tax/calculation/price_includes_tax': priceIncludesTax ? '1' : '0',
          'shipping/origin/country_id': 'US',
          'shipping/origin/region_id': '43',
          'shipping/origin/postcode': '10001',
        });
        const tax: TaxSettings = {
          algorithm,
          basedOn,
          priceIncludesTax,
          applyAfterDiscount: true,
          origin: NEW_YORK,
          customerTaxClassId: 3,
        };
        const reg = createReferenceRegister({ openDataDir: memoryDataDirs() });
        await reg.open(
          shopSession(sim.url, 'memory', { shopAddress: LA, tax, edition: 'open-source' }) as RegisterSession,
        );
        try {
          const rng = mulberry32(
            PRICES.length * 7 + ALGORITHMS.indexOf(algorithm) * 3 + BASED_ON.indexOf(basedOn),
          );
          for (let n = 0; n < 4; n++) {
            const skus = new Set(
              Array.from(
                { length: 1 + Math.floor(rng() * 4) },
                () => `P${Math.floor(rng() * PRICES.length)}`,
              ),
            );
            const lines = [...skus].map((sku) => ({ sku, qty: 1 + Math.floor(rng() * 5) }));
            const coupon = n % 2 === 1 ? { coupon: 'SEVEN' } : {};
            const r = await reg.sell({ lines, tenders: [{ method: 'cash' }], ...coupon });
            assert.equal(r.status, 'completed', `${JSON.stringify(lines)}: ${r.reason}`);
            const [order] = await admin.orders({ field: 'increment_id', value: r.orderNumber ?? '' });
            assert.equal(order.tax_amount, r.totals?.tax);
            assert.equal(order.grand_total, r.totals?.grandTotal);
          }
          if (!priceIncludesTax) {
            const probe = await reg.sell({ lines: [{ sku: 'P100', qty: 1 }], tenders: [{ method: 'cash' }] });
            assert.equal(
              probe.totals?.tax,
              EXPECTED_100[basedOn],
              'the address based_on names is the one taxed',
            );
          }
        } finally {
          await reg.close();
        }
      });
    }
  }
}
