import type { Scenario } from '../../contracts/scenario.ts';
import { MagentoRestError } from '../magento/admin-client.ts';
import { need } from './precondition.ts';
import type { VerifyContext } from './verify-seed.ts';

/**
 * Reads back the run's customers (names, website, group, addresses, and the password by asking for
 * a customer token on a store view of the customer's website), tax rates and rules (rates, and
 * product classes that are the run's own when the rule is the scenario's), and cart rules with
 * their coupons.
 */
export async function verifyCustomers(v: VerifyContext, sc: Scenario): Promise<void> {
  const groups = await v.client.searchAll<{ id: number; code: string }>('/V1/customerGroups/search');
  for (const def of sc.customers) {
    const websiteCode = def.website ?? Object.keys(v.report.websites)[0];
    const websiteId = websiteCode === undefined ? undefined : v.report.websites[websiteCode];
    if (websiteId === undefined || v.isMissing(need.customerGroup(def.group))) continue;
    const email = v.ns.email(def.email);
    const found = (await v.client.searchAll<Customer>('/V1/customers/search', [['email', email]])).filter(
      (c) => c.website_id === websiteId,
    );
    const c = found[0];
    if (!c) {
      v.problem(`customer ${email} does not exist on website ${websiteCode}`);
      continue;
    }
    const at = `customer ${email}`;
    v.expect(at, 'firstname', c.firstname, def.firstname);
    v.expect(at, 'lastname', c.lastname, def.lastname);
    v.expect(at, 'group', groups.find((g) => g.id === c.group_id)?.code, def.group);
    v.expect(at, 'addresses', c.addresses.length, def.addresses.length);
    for (const a of def.addresses) {
      const got = c.addresses.find(
        (x) => x.postcode === a.postcode && x.street.join('|') === a.street.join('|'),
      );
      if (!got) v.problem(`${at}: address ${a.street.join(', ')} ${a.postcode} is missing`);
      else v.expect(`${at} address ${a.postcode}`, 'city', got.city, a.city);
    }
    if (def.password) await expectPassword(v, at, email, def.password, websiteId);
  }
}

export async function verifyTax(v: VerifyContext, sc: Scenario): Promise<void> {
  for (const r of sc.tax.rates) {
    const code = v.ns.code(r.code);
    const rate = (
      await v.client.searchAll<Record<string, unknown>>('/V1/taxRates/search', [['code', code]])
    )[0];
    if (!rate) {
      v.problem(`tax rate ${code} does not exist`);
      continue;
    }
    v.expect(`tax rate ${code}`, 'rate', Number(rate['rate']), r.rate);
    v.expect(`tax rate ${code}`, 'tax_region_id', Number(rate['tax_region_id']), r.tax_region_id);
    v.expect(`tax rate ${code}`, 'tax_country_id', rate['tax_country_id'], r.tax_country_id);
  }
  for (const rule of sc.tax.rules) {
    const code = v.ns.code(rule.code);
    const got = (
      await v.client.searchAll<Record<string, unknown>>('/V1/taxRules/search', [['code', code]])
    )[0];
    if (!got) {
      v.problem(`tax rule ${code} does not exist`);
      continue;
    }
    const rateCodes: string[] = [];
    for (const id of (got['tax_rate_ids'] as number[]) ?? []) {
      rateCodes.push(String((await v.client.get<{ code: string }>(`/V1/taxRates/${id}`)).code));
    }
    v.expect(`tax rule ${code}`, 'rates', rateCodes.sort(), rule.rates.map((r) => v.ns.code(r)).sort());
    const classes: string[] = [];
    for (const id of (got['product_tax_class_ids'] as number[]) ?? [])
      classes.push((await v.taxClassName(id)) ?? `#${id}`);
    v.expect(
      `tax rule ${code}`,
      'product classes',
      classes.sort(),
      rule.product_tax_classes.map((n) => v.ns.code(n)).sort(),
    );
  }
}

export async function verifyCartRules(v: VerifyContext, sc: Scenario): Promise<void> {
  if (v.isMissing(need.cartRules)) return;
  for (const def of sc.cart_rules) {
    if (def.customer_groups.some((g) => v.isMissing(need.customerGroup(g)))) continue;
    const name = v.ns.code(def.name);
    const rule = (
      await v.client.searchAll<Record<string, unknown>>('/V1/salesRules/search', [['name', name]])
    )[0];
    if (!rule) {
      v.problem(`cart rule ${name} does not exist`);
      continue;
    }
    v.expect(`cart rule ${name}`, 'simple_action', rule['simple_action'], def.simple_action);
    v.expect(`cart rule ${name}`, 'discount_amount', Number(rule['discount_amount']), def.discount_amount);
    if (!def.coupon_code) continue;
    const code = v.ns.coupon(def.coupon_code);
    const coupon = (await v.client.searchAll<{ rule_id: number }>('/V1/coupons/search', [['code', code]]))[0];
    v.expect(`coupon ${code}`, 'rule_id', coupon?.rule_id, rule['rule_id']);
  }
}

interface Customer {
  id: number;
  website_id: number;
  group_id: number;
  firstname: string;
  lastname: string;
  addresses: Array<{ street: string[]; postcode: string; city: string }>;
}

async function expectPassword(
  v: VerifyContext,
  at: string,
  email: string,
  password: string,
  websiteId: number,
) {
  const store = v.storeOfWebsite(websiteId);
  try {
    await v.client.post('/V1/integration/customer/token', { username: email, password }, store);
  } catch (err) {
    if (err instanceof MagentoRestError) v.problem(`${at}: the password does not sign in (${err.status})`);
    else throw err;
  }
}
