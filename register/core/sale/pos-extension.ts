import { z } from 'zod';
import { MagentoRejection } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { Order } from './order.ts';

/**
 * The POS extension's routes (docs/pos-extension.md): what core REST cannot do for a till with
 * admin or integration credentials. Probed once at open (`GET` of a client sale id nobody uses:
 * an installed extension answers an empty list, a Magento without it answers
 * `Request does not match any route.`).
 *
 * | what                    | route                                                        |
 * | ----------------------- | ------------------------------------------------------------ |
 * | manager price override  | `PUT /V1/pos/carts/:cartId/items/:itemId/price-override`     |
 * | client sale id on cart  | `PUT /V1/pos/carts/:cartId/client-sale-id`                   |
 * | split tender placement  | `PUT /V1/pos/carts/:cartId/order` `{payments, client_sale_id}`|
 * | orders by client sale id| `GET /V1/pos/orders/by-client-sale-id/:clientSaleId`         |
 * | store credit (Commerce) | `POST /V1/pos/carts/:cartId/store-credit` `{amount?}`         |
 * | reward points (Commerce)| `POST /V1/pos/carts/:cartId/reward-points` `{points?}`        |
 * | balances (Commerce)     | `GET /V1/pos/customers/:customerId/balances`                 |
 */
const PROBE_ID = 'posgate-probe-no-such-sale';

export async function probePosExtension(client: MagentoClient): Promise<boolean> {
  try {
    await client.get(`/V1/pos/orders/by-client-sale-id/${PROBE_ID}`);
    return true;
  } catch (e) {
    if (e instanceof MagentoRejection && (e.status === 404 || e.status === 403)) return false;
    throw e;
  }
}

export interface PaymentLine {
  method: string;
  amount: number;
  reference?: string;
}

const Balances = z.looseObject({
  reward_points: z
    .array(
      z.looseObject({
        website_id: z.number().int(),
        points_balance: z.number(),
        currency_amount: z.number(),
      }),
    )
    .default([]),
});

export class PosExtension {
  constructor(
    private readonly client: MagentoClient,
    /** Probed at open (and again when a register opened offline reconnects). */
    public installed: boolean,
  ) {}

  overridePrice(
    cartId: number,
    itemId: number,
    o: { price: number; approver: string; reason?: string | undefined },
  ) {
    return this.client.put(`/V1/pos/carts/${cartId}/items/${itemId}/price-override`, {
      price: o.price,
      approver: o.approver,
      ...(o.reason ? { reason: o.reason } : {}),
    });
  }

  setClientSaleId(cartId: number, saleId: string) {
    return this.client.put(`/V1/pos/carts/${cartId}/client-sale-id`, { client_sale_id: saleId });
  }

  /** Places a split-tender sale in one call; answers the order id. */
  async placeSplit(cartId: number, payments: PaymentLine[], saleId: string): Promise<number> {
    const id = await this.client.put<unknown>(`/V1/pos/carts/${cartId}/order`, {
      payments,
      client_sale_id: saleId,
    });
    return z.coerce.number().int().parse(id);
  }

  /** Orders carrying this client sale id (any cart): how a replay recognises a sale that landed. */
  async ordersOf(saleId: string): Promise<Order[]> {
    const found = z.looseObject({ items: z.array(Order).default([]) });
    return found.parse(
      await this.client.get(`/V1/pos/orders/by-client-sale-id/${encodeURIComponent(saleId)}`),
    ).items;
  }

  applyStoreCredit(cartId: number, amount: number | undefined) {
    return this.client.post(`/V1/pos/carts/${cartId}/store-credit`, amount === undefined ? {} : { amount });
  }

  /** Applies reward points worth up to `amount` (all of them when absent). */
  async applyPoints(cartId: number, customerId: number, websiteId: number, amount: number | undefined) {
    let points: number | undefined;
    if (amount !== undefined) {
      const b = Balances.parse(await this.client.get(`/V1/pos/customers/${customerId}/balances`));
      const mine = b.reward_points.find((r) => r.website_id === websiteId);
      const perUnit = mine && mine.currency_amount > 0 ? mine.points_balance / mine.currency_amount : 0;
      points = Math.ceil(amount * perUnit - 1e-9);
    }
    return this.client.post(`/V1/pos/carts/${cartId}/reward-points`, points === undefined ? {} : { points });
  }
}
