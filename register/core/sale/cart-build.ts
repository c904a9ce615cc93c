import { z } from 'zod';
import type { Address, RegisterSession } from '../../../contracts/driver.ts';
import { MagentoRejection } from '../errors.ts';
import { MagentoClient } from '../magento-client.ts';
import { SaleDeclined } from '../sale-declined.ts';
import type { PosExtension } from './pos-extension.ts';
import type { SalePlan } from './sale-plan.ts';
import { lineCode } from './sale-totals.ts';

/**
 * Builds the Magento cart of a sale, in the session's store view (`/rest/<storeCode>/V1`):
 *
 * 1. the cart: the customer's (`POST /V1/customers/:id/carts`, so the order links to the account;
 *    Magento hands back the customer's active cart if there is one, so it is emptied first) or an
 *    admin guest cart (`POST /V1/carts/`);
 * 2. the lines, with configurable and custom option ids; price overrides (POS extension);
 * 3. the coupon; in-store pickup at the shop's source (`instore`/`pickup`,
 *    `pickup_location_code`), billing at the shop's address, so tax follows the shop (a
 *    virtual-only cart takes a billing address only);
 * 4. gift cards, store credit, reward points (Adobe Commerce).
 *
 * A cart reused after an interrupted attempt is emptied and built again: the same quote id keeps
 * placement exactly-once (a quote converts to at most one order).
 * @see magento-rest.md §8, §16
 */
export interface BuiltCart {
  cartId: number;
  /** Magento item id by line code. */
  itemIds: Map<string, number>;
}

export interface CartDeps {
  client: MagentoClient;
  session: RegisterSession;
  pos: PosExtension;
  websiteId: number;
}

const Id = z.coerce.number().int().positive();
const CartItem = z.looseObject({ item_id: z.coerce.number().int() });
const Cart = z.looseObject({
  id: z.coerce.number().int(),
  is_active: z.union([z.boolean(), z.number()]).nullish(),
});

export async function createCart(d: CartDeps, plan: SalePlan): Promise<number> {
  const id = plan.customer
    ? await d.client.post(`/V1/customers/${plan.customer.id}/carts`, {})
    : await d.client.post('/V1/carts/', {});
  return Id.parse(id);
}

/** True when the cart can still be built and placed (active); false when gone or converted. */
export async function cartUsable(d: CartDeps, cartId: number): Promise<boolean> {
  try {
    const cart = Cart.parse(await d.client.get(`/V1/carts/${cartId}`));
    return cart.is_active === undefined || cart.is_active === null || Boolean(cart.is_active);
  } catch (e) {
    if (e instanceof MagentoRejection && e.status === 404) return false;
    throw e;
  }
}

export async function fillCart(d: CartDeps, plan: SalePlan, cartId: number): Promise<BuiltCart> {
  const c = d.client;
  for (const item of z.array(CartItem).parse(await c.get(`/V1/carts/${cartId}/items`))) {
    await c.delete(`/V1/carts/${cartId}/items/${item.item_id}`);
  }
  const itemIds = new Map<string, number>();
  for (const [i, line] of plan.lines.entries()) {
    const cartItem = {
      sku: line.sku,
      qty: line.qty,
      quote_id: String(cartId),
      ...(line.productOption ? { product_option: line.productOption } : {}),
    };
    const added = CartItem.parse(await c.post(`/V1/carts/${cartId}/items`, { cartItem }));
    itemIds.set(lineCode(i), added.item_id);
    if (line.priceOverride) {
      if (!d.pos.installed) throw new SaleDeclined('Price overrides need the POS extension on Magento.');
      await d.pos.overridePrice(cartId, added.item_id, line.priceOverride);
    }
  }
  if (plan.sale.coupon) await c.put(`/V1/carts/${cartId}/coupons/${encodeURIComponent(plan.sale.coupon)}`);
  await setAddresses(d, plan, cartId);
  await applyCommerceTenders(d, plan, cartId);
  if (d.pos.installed) await d.pos.setClientSaleId(cartId, plan.sale.saleId);
  return { cartId, itemIds };
}

async function setAddresses(d: CartDeps, plan: SalePlan, cartId: number): Promise<void> {
  const address = addressFor(d.session, plan);
  if (plan.virtualOnly) {
    await d.client.post(`/V1/carts/${cartId}/billing-address`, { address, useForShipping: false });
    return;
  }
  await d.client.post(`/V1/carts/${cartId}/shipping-information`, {
    addressInformation: {
      shipping_address: { ...address, extension_attributes: { pickup_location_code: d.session.sourceCode } },
      billing_address: address,
      shipping_carrier_code: 'instore',
      shipping_method_code: 'pickup',
    },
  });
}

/** The shop's address, in the customer's name when there is one (the order's billing address). */
function addressFor(s: RegisterSession, plan: SalePlan): Address & { email: string } {
  const shop = s.shopAddress;
  const email = plan.customer?.email ?? shop.email ?? `pos-${s.registerId}@example.com`;
  return plan.customer
    ? { ...shop, firstname: plan.customer.firstname, lastname: plan.customer.lastname, email }
    : { ...shop, email };
}

async function applyCommerceTenders(d: CartDeps, plan: SalePlan, cartId: number): Promise<void> {
  const t = plan.tenders;
  if (t.giftCards.length > 0) {
    await d.client.put(`/V1/carts/${cartId}/giftCards`, {
      giftCardAccountData: { gift_cards: t.giftCards.map((g) => g.code) },
    });
  }
  if (t.storeCredit) {
    if (d.pos.installed) await d.pos.applyStoreCredit(cartId, t.storeCredit.amount);
    else if (t.storeCredit.amount === undefined) await d.client.post(`/V1/carts/${cartId}/balance/apply`, {});
    else throw new SaleDeclined('A partial store credit tender needs the POS extension on Magento.');
  }
  if (t.points && plan.customer) {
    if (d.pos.installed) await d.pos.applyPoints(cartId, plan.customer.id, d.websiteId, t.points.amount);
    else if (t.points.amount === undefined) await useRewardAsCustomer(d, plan.customer.id);
    else throw new SaleDeclined('A partial reward points tender needs the POS extension on Magento.');
  }
}

/**
 * Without the POS extension, Magento 2.4.9 lets an admin issue a customer token
 * (`POST /V1/customers/:id/token`), and the customer's own route spends all their points on their
 * active cart, which is the till's cart (`POST /V1/reward/mine/use-reward`).
 */
async function useRewardAsCustomer(d: CartDeps, customerId: number): Promise<void> {
  const token = z
    .string()
    .min(1)
    .parse(await d.client.post(`/V1/customers/${customerId}/token`, {}));
  const asCustomer = MagentoClient.fromSession({ ...d.session, credentials: { kind: 'token', token } });
  const used = await asCustomer.post('/V1/reward/mine/use-reward');
  if (used === false) throw new SaleDeclined('Magento did not apply the reward points (rewards are off).');
}
