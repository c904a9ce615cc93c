import { faker } from '@faker-js/faker/locale/en';
import type { CustomerDef, Scenario } from '../../../contracts/scenario.ts';
import { magentoDate } from '../../clock.ts';
import type { Services, UserContext } from '../../context.ts';
import { listWebsites, scopeOf, storeViewById, websiteByCode } from '../store/stores.ts';
import type { StoreGroup, Website } from '../store/types.ts';
import { createAccount } from './account.ts';
import { storeCustomer } from './customer-repository.ts';
import { findGroupByCode } from './groups.ts';

/**
 * Seeds a scenario's customers through the same account creation as `POST /V1/customers` by an
 * admin: group by code, website by code (the first website by default, its default store view),
 * addresses with their default flags, and the password (Magento's strength rules apply). Then
 * `bulk.customers` generated customers (faker, seeded), each with one default US address.
 * Run after the store scenario.
 */
const ADMIN: UserContext = { type: 'admin', id: null, resources: 'all' };

export function applyCustomerScenario(s: Services, sc: Scenario): void {
  for (const def of sc.customers) seedCustomer(s, def);
  if (sc.bulk && sc.bulk.customers > 0) seedBulkCustomers(s, sc.bulk.seed, sc.bulk.customers);
}

function seedCustomer(s: Services, def: CustomerDef): void {
  const website = def.website ? websiteByCode(s, def.website) : firstWebsite(s);
  if (!website) throw new Error(`scenario: unknown website "${def.website}"`);
  const group = findGroupByCode(s, def.group);
  if (!group) throw new Error(`scenario: unknown customer group "${def.group}"`);
  const storeId = defaultStoreOf(s, website);
  const view = storeViewById(s, storeId);
  if (!view) throw new Error(`scenario: website "${website.code}" has no store view`);
  const input = {
    email: def.email,
    firstname: def.firstname,
    lastname: def.lastname,
    group_id: group.id,
    website_id: website.id,
    store_id: storeId,
    addresses: def.addresses.map(({ region, ...a }) => ({ ...a, ...(region ? { region: { region } } : {}) })),
  };
  createAccount(s, { scope: scopeOf(s, view), user: ADMIN }, input, def.password);
}

function firstWebsite(s: Services): Website | undefined {
  return listWebsites(s).find((w) => w.id !== 0);
}

function defaultStoreOf(s: Services, website: Website): number {
  return s.store.get<StoreGroup>('store_groups', String(website.default_group_id))?.default_store_id ?? 0;
}

function seedBulkCustomers(s: Services, seed: number, count: number): void {
  faker.seed(seed);
  const website = firstWebsite(s);
  if (!website) return;
  const storeId = defaultStoreOf(s, website);
  const storeName = storeViewById(s, storeId)?.name ?? '';
  for (let i = 1; i <= count; i++) {
    const firstname = faker.person.firstName();
    const lastname = faker.person.lastName();
    const now = magentoDate(s.clock.now());
    const id = s.store.nextId('customers');
    const address = {
      firstname,
      lastname,
      street: [faker.location.streetAddress()],
      city: faker.location.city(),
      postcode: faker.location.zipCode('#####'),
      country_id: 'US',
      region_id: 12,
      telephone: faker.string.numeric(10),
      default_billing: true,
      default_shipping: true,
    };
    const email = `${ascii(firstname)}.${ascii(lastname)}.${i}@example.com`;
    const customer = {
      id,
      group_id: 1,
      created_at: now,
      updated_at: now,
      created_in: storeName,
      email,
      firstname,
      lastname,
      store_id: storeId,
      website_id: website.id,
      addresses: [],
      disable_auto_group_change: 0,
      extension_attributes: { is_subscribed: false },
    };
    storeCustomer(s, customer, [address]);
  }
}

const ascii = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '');
