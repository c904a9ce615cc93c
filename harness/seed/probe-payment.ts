import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import type { Namespace } from './namespace.ts';
import { need, type PreconditionList } from './precondition.ts';
import { isNoRoute, messageOf } from './rest-errors.ts';

/**
 * Whether the scenario's payment methods are offered at a store view. Payment config cannot be
 * read or set through REST (magento-rest.md §15), so the probe asks Magento the way a register
 * does: a throw-away admin cart (`POST /rest/<store>/V1/carts`) with one of the run's products and
 * a billing address, then `GET /V1/carts/:id/payment-methods`. An admin cart rather than a guest
 * cart because registers use admin or integration tokens, and a store with guest checkout off
 * refuses guest carts (2.4.7+). A method absent from the list is missing. The cart is never
 * ordered and stays behind: Magento has no route to delete a quote (its cron purges old ones).
 */
export interface PaymentProbeOptions {
  ns: Namespace;
  /** SKUs (already namespaced) to put in the cart; default: the scenario's stocked products. */
  skus?: string[];
}

export async function probePayment(
  client: AdminClient,
  sc: Scenario,
  storeCode: string,
  options: PaymentProbeOptions,
  list: PreconditionList,
): Promise<void> {
  const wanted = sc.payment_methods.filter((m) => m.active).map((m) => m.code);
  if (wanted.length === 0) return;
  let offered: Array<{ code: string }>;
  try {
    offered = await offeredMethods(client, sc, storeCode, options);
  } catch (err) {
    const why = isNoRoute(err)
      ? `cannot probe payment methods: the target has no admin cart routes (${messageOf(err)})`
      : `cannot probe payment methods at store view "${storeCode}": ${messageOf(err)}`;
    for (const code of wanted) list.missing(need.payment(code), why);
    return;
  }
  const codes = offered.map((m) => m.code);
  for (const code of wanted) {
    if (codes.includes(code)) list.met(need.payment(code));
    else {
      list.missing(
        need.payment(code),
        `payment method "${code}" is not offered at store view "${storeCode}" (offered: ${codes.join(', ') || 'none'})`,
      );
    }
  }
}

async function offeredMethods(
  client: AdminClient,
  sc: Scenario,
  storeCode: string,
  options: PaymentProbeOptions,
): Promise<Array<{ code: string }>> {
  const cartId = Number(await client.post<number | string>('/V1/carts', {}, storeCode));
  const base = `/V1/carts/${cartId}`;
  for (const sku of (options.skus ?? stockedSkus(sc, options.ns)).slice(0, 3)) {
    try {
      await client.post(`${base}/items`, { cartItem: { sku, qty: 1, quote_id: cartId } }, storeCode);
      break;
    } catch {
      // Not salable here (e.g. its stock is a missing precondition): try the next, else list on an empty cart.
    }
  }
  await client.post(
    `${base}/billing-address`,
    { address: probeAddress(sc), useForShipping: false },
    storeCode,
  );
  return client.get<Array<{ code: string }>>(`${base}/payment-methods`, storeCode);
}

function stockedSkus(sc: Scenario, ns: Namespace): string[] {
  return sc.products
    .filter((p) => p.type_id !== 'configurable' && Object.values(p.stock ?? {}).some((q) => q > 0))
    .map((p) => ns.sku(p.sku));
}

/** A customer's address from the scenario, else its first source's: the country checks then pass. */
function probeAddress(sc: Scenario): Record<string, unknown> {
  const a = sc.customers.flatMap((c) => c.addresses)[0];
  if (a) {
    const { default_billing, default_shipping, region, ...rest } = a;
    return { ...rest, ...(region ? { region } : {}), email: 'payment-probe@example.com' };
  }
  const src = sc.sources[0];
  return {
    firstname: 'Payment',
    lastname: 'Probe',
    street: [src?.street ?? '1 Main St'],
    city: src?.city ?? 'Los Angeles',
    postcode: src?.postcode ?? '90034',
    country_id: src?.country_id ?? 'US',
    region_id: src?.region_id ?? 12,
    telephone: '5555550100',
    email: 'payment-probe@example.com',
  };
}
