import type { ScenarioInput } from '../../../contracts/scenario.ts';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../index.ts';

/**
 * Shared set-up of the checkout HTTP tests: "one shop in Austin selling from its own source, with a
 * back warehouse, a French store view, Texas and California tax, POS payment methods and a 10 %
 * coupon", plus clients and the few steps every flow repeats.
 */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
export type P = Record<string, any>;

export const SHOP_SCENARIO: ScenarioInput = {
  name: 'checkout-kit',
  config: { 'carriers/instore/active': 1 },
  websites: [
    {
      code: 'base',
      name: 'Main Website',
      groups: [
        {
          code: 'main_website_store',
          name: 'Austin Store',
          stores: [
            { code: 'default', name: 'Default Store View' },
            { code: 'fr', name: 'French' },
          ],
        },
      ],
    },
  ],
  sources: [
    {
      source_code: 'shop_a',
      name: 'Austin Shop',
      country_id: 'US',
      region_id: 57,
      city: 'Austin',
      street: '500 Congress Ave',
      postcode: '78701',
      pickup_location: true,
    },
    { source_code: 'warehouse', name: 'Warehouse', country_id: 'US', region_id: 12, postcode: '90034' },
  ],
  stocks: [
    {
      name: 'Austin Stock',
      sales_channels: ['base'],
      sources: [
        { source_code: 'shop_a', priority: 1 },
        { source_code: 'warehouse', priority: 2 },
      ],
    },
  ],
  tax: {
    rates: [
      { code: 'US-TX', tax_country_id: 'US', tax_region_id: 57, rate: 8.25 },
      { code: 'US-CA', tax_country_id: 'US', tax_region_id: 12, rate: 7.25 },
    ],
    rules: [{ code: 'Retail', rates: ['US-TX', 'US-CA'] }],
  },
  payment_methods: [
    { code: 'pos_cash', title: 'Cash (POS)' },
    { code: 'pos_card', title: 'Card (POS)', active: false },
  ],
  products: [
    { sku: 'MUG', name: 'Coffee Mug', price: 12, stock: { shop_a: 40 } },
    { sku: 'TOTE', name: 'Tote Bag', price: 18.5, stock: { shop_a: 2 } },
    { sku: 'POSTER', name: 'Poster', price: 15, stock: { shop_a: 0 } },
    { sku: 'WRAP', name: 'Gift Wrap', price: 4, type_id: 'virtual', stock: { shop_a: 100 } },
    { sku: 'OFF', name: 'Retired', price: 3, status: 2, stock: { shop_a: 9 } },
    {
      sku: 'PEN',
      name: 'Engraved Pen',
      price: 10,
      stock: { shop_a: 10 },
      custom_options: [
        { title: 'Engraving', type: 'field', is_require: true, price: 2.5, price_type: 'fixed' },
      ],
    },
    {
      sku: 'TEE',
      name: 'Logo Tee',
      price: 20,
      type_id: 'configurable',
      custom_options: [
        { title: 'Gift note', type: 'field', is_require: false, price: 1, price_type: 'fixed' },
      ],
      configurable: {
        attribute_code: 'size',
        label: 'Size',
        children: [
          { sku: 'TEE-S', value: 'S', stock: { shop_a: 5 } },
          { sku: 'TEE-M', value: 'M', price: 22, stock: { shop_a: 5 } },
        ],
      },
    },
  ],
  customers: [
    {
      email: 'ann@example.com',
      firstname: 'Ann',
      lastname: 'Lee',
      password: 'Passw0rd!',
      addresses: [
        {
          firstname: 'Ann',
          lastname: 'Lee',
          street: ['1 Ocean Ave'],
          city: 'Los Angeles',
          postcode: '90034',
          country_id: 'US',
          region_id: 12,
          telephone: '5550100',
          default_billing: true,
          default_shipping: true,
        },
      ],
    },
  ],
  cart_rules: [{ name: 'Ten off', coupon_code: 'TENOFF', simple_action: 'by_percent', discount_amount: 10 }],
};

export const ADDRESS: P = {
  firstname: 'Pat',
  lastname: 'Doe',
  street: ['9 Elm St'],
  city: 'Austin',
  postcode: '78704',
  country_id: 'US',
  region_id: 57,
  telephone: '5550199',
  email: 'pat@example.com',
};

export interface Kit {
  sim: Simulator;
  admin: MagentoTestClient;
  guest: MagentoTestClient;
  close(): Promise<void>;
}

export async function startShop(options: SimulatorOptions = {}): Promise<Kit> {
  const sim = await createSimulator({ scenario: SHOP_SCENARIO, ...options });
  const admin = new MagentoTestClient(sim.url);
  await admin.loginAdmin();
  return { sim, admin, guest: new MagentoTestClient(sim.url), close: () => sim.close() };
}

/** A client logged in as a scenario customer. */
export async function customerClient(kit: Kit, email = 'ann@example.com'): Promise<MagentoTestClient> {
  const c = new MagentoTestClient(kit.sim.url);
  const r = await c.post<string>('/V1/integration/customer/token', {
    username: email,
    password: 'Passw0rd!',
  });
  if (r.status !== 200) throw new Error(`customer login failed: ${JSON.stringify(r.body)}`);
  c.token = r.body;
  return c;
}

/** A guest cart (under `prefix`, e.g. `/fr`) holding `lines`; answers its masked id. */
export async function guestCart(kit: Kit, lines: Array<[string, number]> = [], prefix = ''): Promise<string> {
  const id = (await kit.guest.post<string>(`/rest${prefix}/V1/guest-carts`)).body;
  for (const [sku, qty] of lines)
    await kit.guest.post(`/rest${prefix}/V1/guest-carts/${id}/items`, { cartItem: { sku, qty } });
  return id;
}

/** shipping-information for in-store pickup at `shop_a`, billing = the address given. */
export function pickupInfo(billing: P = ADDRESS): P {
  return {
    addressInformation: {
      shipping_address: { ...billing, extension_attributes: { pickup_location_code: 'shop_a' } },
      billing_address: billing,
      shipping_carrier_code: 'instore',
      shipping_method_code: 'pickup',
    },
  };
}

/** The state dump (`/__sim/state`) collections. */
export async function stateOf(kit: Kit): Promise<Record<string, Record<string, P>>> {
  return (await kit.admin.get<P>('/__sim/state')).body['collections'];
}

/** The reservations an order's events wrote (by increment id), oldest first. */
export async function reservationsOf(kit: Kit, incrementId: string): Promise<P[]> {
  const all = Object.values((await stateOf(kit))['reservations'] ?? {});
  return all.filter((r) => JSON.parse(r['metadata']).object_increment_id === incrementId);
}

export async function salableQty(kit: Kit, sku: string, stockId = 2): Promise<number> {
  return (await kit.admin.get<number>(`/V1/inventory/get-product-salable-quantity/${sku}/${stockId}`)).body;
}

/** Orders of a cart, through `GET /V1/orders` filtered on quote_id. */
export async function ordersOfCart(kit: Kit, quoteId: number): Promise<P[]> {
  const q = searchQuery({ filters: [[{ field: 'quote_id', value: quoteId }]] });
  return (await kit.admin.get<P>(`/V1/orders?${q}`)).body['items'];
}
