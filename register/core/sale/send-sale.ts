import type { ConflictPolicy, RegisterSession } from '../../../contracts/driver.ts';
import type { AlertBoard } from '../alerts.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { MagentoRejection } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { adjustToZero, asReported, type Conflicts, findConflicts, recordHeld } from '../offline/conflicts.ts';
import type { DiscrepancyLog } from '../offline/discrepancy-log.ts';
import type { MarkCart, SendFn, SendOutcome } from '../queue.ts';
import type { QueueEntry } from '../queue-entry.ts';
import { SaleDeclined } from '../sale-declined.ts';
import type { Environment } from '../session/environment.ts';
import type { StockCache } from '../stock/stock-cache.ts';
import { cartUsable, createCart, fillCart } from './cart-build.ts';
import type { CustomerDirectory } from './customers.ts';
import { fulfil } from './fulfil.ts';
import { getOrder, type Order, topLevelItems } from './order.ts';
import { findOrder, placeOnce } from './placement.ts';
import type { PosExtension } from './pos-extension.ts';
import { planSale, type SalePlan, unitsBySku } from './sale-plan.ts';
import { saleTotals } from './sale-totals.ts';
import { stockRefusal } from './stock-refusal.ts';
import { paymentOf, settleAmounts } from './tenders.ts';
import { CartTotals, magentoDiscounts, totalsDifferences } from './totals-check.ts';

/**
 * The `send` the offline queue is handed (queue.ts): one sale, from its queue entry to a paid,
 * shipped Magento order, exactly once. Used for an online sale's first attempt and for every
 * replay alike:
 *
 * ```
 *  plan (catalog, customer) ─ declined? ──────────────────────────────► held (reason)
 *  cartId known? ── lookup by quote_id ── found ─────────────────────► fulfil ─► placed
 *  stock conflicts? ── first attempt: decline; sync: hold | adjust ─► held | go on
 *  cart: reuse (active) or create ─► markCart (durable) ─► fill ─► totals = register's?
 *       └ differ ─► alert order-error ─► held
 *  place (lookup by quote_id after an unknown outcome) ─► fulfil (invoice, ship) ─► placed
 * ```
 */
export interface SendDeps {
  client: MagentoClient;
  session: RegisterSession;
  env: () => Environment;
  catalog: () => Catalog;
  pos: PosExtension;
  customers: CustomerDirectory;
  stock: StockCache;
  alerts: AlertBoard;
  log: DiscrepancyLog;
  now: () => number;
  today: () => string;
  /** The order id already attributed to another sale in the queue, if any. */
  claimedBy: (orderId: number) => string | undefined;
  /** How this attempt meets a stock conflict: a first attempt declines, a sync applies the policy. */
  conflictMode: (saleId: string) => 'decline' | ConflictPolicy;
  /** Conflicts met (for the sync report). */
  onConflicts: (c: Conflicts) => void;
  /** The order exists (even if invoicing or shipping it fails after). */
  onPlaced: (saleId: string, orderId: number) => void;
}

export function saleSender(d: SendDeps): SendFn {
  return async (entry, markCart) => {
    try {
      return await send(d, entry, markCart);
    } catch (e) {
      if (e instanceof SaleDeclined) return { kind: 'held', reason: e.message };
      throw e;
    }
  };
}

async function send(d: SendDeps, entry: QueueEntry, markCart: MarkCart): Promise<SendOutcome> {
  const plan = await planFor(d, entry);
  const belongs = (o: Order) => orderBelongs(d, o, plan);
  if (entry.cartId !== undefined) {
    const landed = await findOrder(d.client, Number(entry.cartId), belongs);
    if (landed) return finish(d, plan, landed.entity_id);
  }
  if (entry.attempts > 1 && d.pos.installed) {
    // Belt and braces: the POS extension finds the sale's order whatever cart it came from.
    const [landed] = await d.pos.ordersOf(plan.sale.saleId);
    if (landed) return finish(d, plan, landed.entity_id);
  }
  const held = await meetConflicts(d, plan);
  if (held) return held;
  const deps = { client: d.client, session: d.session, pos: d.pos, websiteId: d.env().websiteId };
  let cartId = entry.cartId !== undefined ? Number(entry.cartId) : undefined;
  if (cartId === undefined || !(await cartUsable(deps, cartId))) {
    cartId = await createCart(deps, plan);
    await markCart(cartId);
  }
  const built = await fillCart(deps, plan, cartId);
  const totals = CartTotals.parse(await d.client.get(`/V1/carts/${cartId}/totals`));
  const adopt =
    plan.rules.unsupported.length > 0 || (plan.sale.coupon !== undefined && !plan.rules.couponValid);
  const local = adopt
    ? saleTotals(plan.lines, plan.taxContext, magentoDiscounts(totals, built.itemIds))
    : plan.totals;
  const diffs = totalsDifferences(local, totals, built.itemIds);
  if (diffs.length > 0) {
    const reason = `the register's totals differ from Magento's: ${diffs.join('; ')}`;
    d.alerts.raise('order-error', `sale ${plan.sale.saleId}: ${reason}`);
    throw new SaleDeclined(reason);
  }
  const payment = paymentOf(settleAmounts(plan.tenders, totals.grand_total), d.session.paymentCodes.split);
  if (payment.lines && !d.pos.installed)
    throw new SaleDeclined('A split payment needs the POS extension on Magento.');
  const placement = { cartId, method: payment.method, saleId: plan.sale.saleId };
  const orderId = await placeOnce(
    d.client,
    d.pos,
    payment.lines ? { ...placement, payments: payment.lines } : placement,
    belongs,
  );
  return finish(d, plan, orderId);
}

async function planFor(d: SendDeps, entry: QueueEntry): Promise<SalePlan> {
  const sale = { ...entry.sale, saleId: entry.saleId };
  const customer = sale.customerEmail ? await d.customers.find(sale.customerEmail) : undefined;
  return planSale(
    { session: d.session, env: d.env(), catalog: d.catalog(), today: d.today() },
    sale,
    customer,
  );
}

/** Declines (first attempt), holds or adjusts (sync), per the conflicts the live stock shows. */
async function meetConflicts(d: SendDeps, plan: SalePlan): Promise<SendOutcome | undefined> {
  const conflicts = await findConflicts(d.stock, unitsBySku(plan));
  if (conflicts.length === 0) return undefined;
  const saleId = plan.sale.saleId;
  const mode = d.conflictMode(saleId);
  if (mode === 'decline') {
    const c = conflicts[0] as (typeof conflicts)[number];
    throw new SaleDeclined(await stockRefusal(d.client, d.session.stockId, c));
  }
  const rd = { client: d.client, sourceCode: d.session.sourceCode, alerts: d.alerts, log: d.log, now: d.now };
  d.onConflicts(asReported(saleId, conflicts, mode));
  if (mode === 'hold-for-review') return { kind: 'held', reason: await recordHeld(rd, saleId, conflicts) };
  await adjustToZero(rd, saleId, conflicts);
  return undefined;
}

/** Invoices and ships; a refusal after the order exists is an alert, never a lost order. */
async function finish(d: SendDeps, plan: SalePlan, orderId: number): Promise<SendOutcome> {
  d.onPlaced(plan.sale.saleId, orderId);
  for (const sku of unitsBySku(plan).keys()) d.stock.forget(sku);
  let order: Order;
  try {
    order = await fulfil(d.client, orderId, d.session.sourceCode);
  } catch (e) {
    if (!(e instanceof MagentoRejection)) throw e;
    order = await getOrder(d.client, orderId);
    d.alerts.raise(
      'order-error',
      `order ${order.increment_id} (sale ${plan.sale.saleId}) is placed but not invoiced or shipped from ${d.session.sourceCode}: ${e.renderedMessage}`,
    );
  }
  return { kind: 'placed', orderId, orderNumber: order.increment_id };
}

/**
 * Whether an order found by quote id is this sale's: the POS extension's client sale id when the
 * order carries one; else not claimed by another sale, same customer, same lines. (Magento hands
 * a customer's active cart to whoever asks, so a cart id alone does not prove it.)
 */
function orderBelongs(d: SendDeps, o: Order, plan: SalePlan): boolean {
  const clientId = (o['extension_attributes'] as Record<string, unknown> | undefined)?.['pos_client_sale_id'];
  if (typeof clientId === 'string') return clientId === plan.sale.saleId;
  const other = d.claimedBy(o.entity_id);
  if (other !== undefined && other !== plan.sale.saleId) return false;
  if ((o.customer_id ?? null) !== (plan.customer?.id ?? null)) return false;
  const want = plan.lines.map((l) => `${l.stockSku.toLowerCase()}×${l.qty}`).sort();
  const got = topLevelItems(o)
    .map((i) => `${i.sku.toLowerCase()}×${i.qty_ordered}`)
    .sort();
  return want.join('|') === got.join('|');
}
