import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { MagentoRestError } from '../magento/admin-client.ts';
import type { Namespace } from './namespace.ts';
import { need, type PreconditionList } from './precondition.ts';
import { isNoRoute, messageOf } from './rest-errors.ts';

/**
 * Adobe Commerce surfaces (magento-rest.md §16). A surface is there when its route answers anything
 * but 404 `Request does not match any route.`: the harmless calls below are refused (a cart that
 * does not exist, a `mine` route under an admin token) without changing anything.
 *
 * What the scenario needs of them REST cannot set on 2.4.x: gift card accounts (created in the
 * admin under the scenario's own codes; the probe reads each balance through a throw-away guest
 * cart, `GET /V1/carts/guest-carts/:id/checkGiftCard/:code`), store credit and reward points of a
 * customer (the run creates its customers, so a non-zero balance is always missing).
 */
const SURFACES: Array<{ what: string; method: string; path: string; name: string }> = [
  { what: need.giftCardRoutes, method: 'GET', path: '/V1/carts/0/giftCards', name: 'gift card' },
  {
    what: need.storeCreditRoutes,
    method: 'POST',
    path: '/V1/carts/mine/balance/apply',
    name: 'store credit',
  },
  { what: need.rewardRoutes, method: 'POST', path: '/V1/reward/mine/use-reward', name: 'reward points' },
];

export async function probeCommerce(
  client: AdminClient,
  sc: Scenario,
  storeCode: string | undefined,
  ns: Namespace,
  list: PreconditionList,
): Promise<void> {
  const present = new Map<string, boolean>();
  for (const s of SURFACES) {
    const answered = await routeAnswers(client, s.method, s.path, storeCode);
    present.set(s.what, answered === true);
    if (answered === true) list.met(s.what);
    else list.missing(s.what, answered || `the target has no ${s.name} routes (Adobe Commerce only)`);
  }
  for (const c of sc.customers) {
    const email = ns.email(c.email);
    if (c.store_credit) {
      list.missing(
        need.storeCredit(email),
        `store credit (${c.store_credit}) cannot be set through REST on Magento 2.4.x`,
      );
    }
    if (c.reward_points) {
      list.missing(
        need.rewardPoints(email),
        `reward points (${c.reward_points}) cannot be set through REST on Magento 2.4.x`,
      );
    }
  }
  if (sc.gift_cards.length === 0) return;
  if (!present.get(need.giftCardRoutes)) {
    for (const g of sc.gift_cards)
      list.missing(need.giftCard(g.code), 'the target has no gift card routes (Adobe Commerce only)');
    return;
  }
  await probeGiftCards(client, sc, storeCode, list);
}

/** true when the route exists; else a reason (no route, or the target could not be asked). */
async function routeAnswers(
  client: AdminClient,
  method: string,
  path: string,
  storeCode: string | undefined,
): Promise<true | string> {
  try {
    await client.call(method, path, method === 'GET' ? undefined : {}, storeCode);
    return true;
  } catch (err) {
    if (isNoRoute(err)) return '';
    if (err instanceof MagentoRestError && err.status < 500) return true;
    return `${method} ${path} failed: ${messageOf(err)}`;
  }
}

async function probeGiftCards(
  client: AdminClient,
  sc: Scenario,
  storeCode: string | undefined,
  list: PreconditionList,
) {
  let cart: string;
  try {
    cart = await client.post<string>('/V1/guest-carts', {}, storeCode);
  } catch (err) {
    for (const g of sc.gift_cards)
      list.missing(need.giftCard(g.code), `cannot read gift card accounts: ${messageOf(err)}`);
    return;
  }
  for (const g of sc.gift_cards) {
    const path = `/V1/carts/guest-carts/${encodeURIComponent(cart)}/checkGiftCard/${encodeURIComponent(g.code)}`;
    try {
      const balance = Number(await client.get<number | string>(path, storeCode));
      if (Math.abs(balance - g.balance) < 0.005) list.met(need.giftCard(g.code));
      else
        list.missing(
          need.giftCard(g.code),
          `gift card account "${g.code}" has a balance of ${balance}, the scenario needs ${g.balance}`,
        );
    } catch (err) {
      list.missing(
        need.giftCard(g.code),
        `gift card account "${g.code}" is not usable on the target (${messageOf(err)}): create it in the admin (Marketing > Gift Card Accounts) with a balance of ${g.balance}`,
      );
    }
  }
}
