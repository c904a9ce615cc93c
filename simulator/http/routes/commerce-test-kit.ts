import type { ScenarioInput } from '../../../contracts/scenario.ts';
import { MagentoTestClient } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../index.ts';

/**
 * Shared set-up of the Commerce and POS-extension HTTP tests: "a Texas shop whose customers (ann,
 * cara, dave, erin, finn, gail, hugo, ivy) each hold 20.00 of store credit and 250 reward points —
 * bob has none — with three gift cards and two till tenders". A customer has one active cart, so
 * each test uses its own customer. Carts are admin
 * (till) carts shipped flat rate to Austin, so every total below is hand-checkable:
 * MUG 12.00, TOTE 18.50; flat rate 5.00 per item; Texas tax 8.25 % on goods only.
 */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
export type P = Record<string, any>;

export const MONEY_SCENARIO: ScenarioInput = {
  name: 'commerce-kit',
  tax: {
    rates: [{ code: 'US-TX', tax_country_id: 'US', tax_region_id: 57, rate: 8.25 }],
    rules: [{ code: 'Retail', rates: ['US-TX'] }],
  },
  payment_methods: [
    { code: 'pos_cash', title: 'Cash (POS)' },
    { code: 'pos_card', title: 'Card (POS)' },
    { code: 'pos_off', title: 'Retired tender', active: false },
  ],
  products: [
    { sku: 'MUG', name: 'Coffee Mug', price: 12, stock: { default: 100 } },
    { sku: 'TOTE', name: 'Tote Bag', price: 18.5, stock: { default: 100 } },
  ],
  customers: [
    ...['ann', 'cara', 'dave', 'erin', 'finn', 'gail', 'hugo', 'ivy'].map((name) => ({
      email: `${name}@example.com`,
      firstname: name,
      lastname: 'Lee',
      password: 'Passw0rd!',
      store_credit: 20,
      reward_points: 250,
    })),
    { email: 'bob@example.com', firstname: 'Bob', lastname: 'Ray', password: 'Passw0rd!' },
  ],
  gift_cards: [
    { code: 'GC-FIVE', balance: 5 },
    { code: 'GC-TEN', balance: 10 },
    { code: 'GC-FIFTY', balance: 50 },
  ],
};

export const AUSTIN: P = {
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

export interface MoneyKit {
  sim: Simulator;
  admin: MagentoTestClient;
  guest: MagentoTestClient;
  close(): Promise<void>;
}

export async function startMoneyShop(options: SimulatorOptions = {}): Promise<MoneyKit> {
  const sim = await createSimulator({ scenario: MONEY_SCENARIO, edition: 'commerce', ...options });
  const admin = new MagentoTestClient(sim.url);
  await admin.loginAdmin();
  return { sim, admin, guest: new MagentoTestClient(sim.url), close: () => sim.close() };
}

export async function customerId(kit: MoneyKit, email: string): Promise<number> {
  const q = `searchCriteria[filter_groups][0][filters][0][field]=email&searchCriteria[filter_groups][0][filters][0][value]=${encodeURIComponent(email)}`;
  return (await kit.admin.get<P>(`/V1/customers/search?${q}`)).body['items'][0]['id'];
}

export async function customerClient(kit: MoneyKit, email: string): Promise<MagentoTestClient> {
  const c = new MagentoTestClient(kit.sim.url);
  const r = await c.post<string>('/V1/integration/customer/token', {
    username: email,
    password: 'Passw0rd!',
  });
  if (r.status !== 200) throw new Error(`customer login failed: ${JSON.stringify(r.body)}`);
  c.token = r.body;
  return c;
}

/**
 * A till cart (admin) with `lines`, shipped flat rate to Austin; for a customer when `email` is
 * given. Answers the cart id.
 */
export async function tillCart(
  kit: MoneyKit,
  lines: Array<[string, number]>,
  email?: string,
): Promise<number> {
  const a = kit.admin;
  const id = email
    ? (await a.post<number>(`/V1/customers/${await customerId(kit, email)}/carts`)).body
    : (await a.post<number>('/V1/carts/')).body;
  for (const [sku, qty] of lines) {
    const r = await a.post(`/V1/carts/${id}/items`, { cartItem: { sku, qty, quote_id: id } });
    if (r.status !== 200) throw new Error(`add ${sku}: ${JSON.stringify(r.body)}`);
  }
  const ship = await a.post(`/V1/carts/${id}/shipping-information`, {
    addressInformation: {
      shipping_address: AUSTIN,
      billing_address: AUSTIN,
      shipping_carrier_code: 'flatrate',
      shipping_method_code: 'flatrate',
    },
  });
  if (ship.status !== 200) throw new Error(`shipping: ${JSON.stringify(ship.body)}`);
  return id;
}

export async function totalsOf(kit: MoneyKit, cartId: number): Promise<P> {
  return (await kit.admin.get<P>(`/V1/carts/${cartId}/totals`)).body;
}

/** `[code, value]` of every total segment. */
export const segments = (t: P): Array<[string, number]> =>
  t['total_segments'].map((s: P) => [s.code, s.value]);

export async function stateOf(kit: MoneyKit): Promise<Record<string, Record<string, P>>> {
  return (await kit.admin.get<P>('/__sim/state')).body['collections'];
}

export async function giftCard(kit: MoneyKit, code: string): Promise<P> {
  return Object.values((await stateOf(kit))['giftcard_accounts'] ?? {}).find((c) => c['code'] === code) as P;
}

export async function balances(kit: MoneyKit, email: string): Promise<{ credit: number; points: number }> {
  const state = await stateOf(kit);
  const id = await customerId(kit, email);
  const credit = Object.values(state['customer_balances'] ?? {}).find((b) => b['customer_id'] === id);
  const points = Object.values(state['reward_points'] ?? {}).find((b) => b['customer_id'] === id);
  return { credit: credit?.['amount'] ?? 0, points: points?.['points_balance'] ?? 0 };
}
