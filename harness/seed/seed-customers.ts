import type { AddressDef, CustomerDef } from '../../contracts/scenario.ts';
import { need } from './precondition.ts';
import { seeding } from './rest-errors.ts';
import { chunks, type SeedContext } from './seed-context.ts';
import { defaultStoreOf } from './target-stores.ts';

/**
 * Customers under namespaced emails (`POST /V1/customers` with the password, and the addresses in
 * the same call), in their website's default store view and their group (by code, from
 * `GET /V1/customerGroups/search`: groups are global and never created). A customer already there
 * with that email on that website is reused as it is. Store credit and reward points cannot be set
 * through REST on 2.4.x: probePreconditions reports them.
 * @see magento-rest.md §12
 */
interface TargetCustomer {
  id: number;
  email: string;
  website_id: number;
}

export async function seedCustomers(ctx: SeedContext): Promise<void> {
  if (ctx.sc.customers.length === 0) return;
  const groups = await seeding('customer groups', () =>
    ctx.client.searchAll<{ id: number; code: string }>('/V1/customerGroups/search'),
  );
  const emails = ctx.sc.customers.map((c) => ctx.ns.email(c.email));
  const existing: TargetCustomer[] = [];
  for (const part of chunks([...new Set(emails)], 50)) {
    existing.push(
      ...(await seeding('customers', () =>
        ctx.client.searchAll<TargetCustomer>('/V1/customers/search', [['email', part.join(','), 'in']]),
      )),
    );
  }
  for (const def of ctx.sc.customers) {
    const websiteCode = def.website ?? [...ctx.stores.websites.keys()][0];
    const websiteId = websiteCode === undefined ? undefined : ctx.stores.websites.get(websiteCode);
    if (websiteId === undefined) {
      ctx.log.note(
        `customer "${def.email}" was not seeded: website "${websiteCode}" does not exist on the target`,
      );
      continue;
    }
    const group = groups.find((g) => g.code === def.group);
    if (!group) {
      ctx.log.missing(
        need.customerGroup(def.group),
        `customer group "${def.group}" does not exist on the target`,
      );
      continue;
    }
    const email = ctx.ns.email(def.email);
    const found = existing.find(
      (c) => c.email.toLowerCase() === email.toLowerCase() && c.website_id === websiteId,
    );
    const id = found
      ? found.id
      : (
          await seeding(`customer "${email}"`, () =>
            ctx.client.post<TargetCustomer>(
              '/V1/customers',
              customerBody(ctx, def, email, websiteId, group.id),
            ),
          )
        ).id;
    ctx.log.outcome({ kind: 'customer', name: email, scenarioName: def.email, id }, !!found, false);
  }
}

function customerBody(ctx: SeedContext, def: CustomerDef, email: string, websiteId: number, groupId: number) {
  const storeId = defaultStoreOf(ctx.target, websiteId);
  return {
    customer: {
      email,
      firstname: def.firstname,
      lastname: def.lastname,
      group_id: groupId,
      website_id: websiteId,
      ...(storeId === undefined ? {} : { store_id: storeId }),
      addresses: def.addresses.map(addressBody),
    },
    ...(def.password === undefined ? {} : { password: def.password }),
  };
}

export function addressBody(a: AddressDef): Record<string, unknown> {
  const { region, region_id, default_billing, default_shipping, ...rest } = a;
  return {
    ...rest,
    ...(region_id === undefined ? {} : { region_id }),
    ...(region === undefined && region_id === undefined
      ? {}
      : {
          region: {
            ...(region === undefined ? {} : { region }),
            ...(region_id === undefined ? {} : { region_id }),
          },
        }),
    default_billing: default_billing ?? false,
    default_shipping: default_shipping ?? false,
  };
}
