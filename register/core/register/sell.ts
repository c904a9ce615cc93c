import type { Sale, SaleResult } from '../../../contracts/driver.ts';
import { isClientError, MagentoRejection } from '../errors.ts';
import type { Customer } from '../sale/customers.ts';
import { planSale, type SalePlan, unitsBySku } from '../sale/sale-plan.ts';
import { shownTotals } from '../sale/sale-totals.ts';
import { settleAmounts } from '../sale/tenders.ts';
import { SaleDeclined } from '../sale-declined.ts';
import type { Till } from './till.ts';

/**
 * A sale at the till. The register plans it itself (lines, totals, tenders) and shows its own
 * totals; then:
 *
 * - online: the sale is written ahead to the queue (durable), and its first attempt runs at once
 *   (`queue.sendOne`): completed with Magento's order number; declined with Magento's (or the
 *   register's) reason, the entry voided; or, when Magento cannot be reached (transport failure,
 *   429 beyond the retry budget, a server error), left in the queue: `queued-offline`, never lost;
 * - offline: accepted against the last catalog and the cached stock, queued: `queued-offline`.
 */
export async function sell(till: Till, sale: Sale & { saleId: string }): Promise<SaleResult> {
  const { queue } = till.shop;
  const known = queue.get(sale.saleId);
  if (known) return till.resultOf(known);
  let customer: Customer | undefined;
  let online = till.tryOnline();
  try {
    if (online && sale.customerEmail) customer = await till.shop.customers.find(sale.customerEmail);
  } catch (e) {
    if (e instanceof SaleDeclined) return declined(sale, e.message);
    if (e instanceof MagentoRejection && e.status < 500) return failed(till, sale, e);
    if (!isClientError(e)) throw e;
    // Unreachable, rate limited beyond the budget, or a server error: the sale is queued, not lost.
    till.noteFailure(e, `customer lookup for sale ${sale.saleId} failed; the sale is queued`);
    online = false;
  }
  if (!online && sale.customerEmail) customer = till.shop.customers.cached(sale.customerEmail);
  let plan: SalePlan;
  try {
    plan = planSale(
      { session: till.shop.session, env: till.shop.env, catalog: till.shop.catalog, today: till.today() },
      sale,
      customer,
    );
  } catch (e) {
    if (e instanceof SaleDeclined) return declined(sale, e.message);
    throw e;
  }
  return online ? sellOnline(till, plan) : sellOffline(till, plan);
}

async function sellOnline(till: Till, plan: SalePlan): Promise<SaleResult> {
  const { queue } = till.shop;
  const saleId = plan.sale.saleId;
  const totals = shownTotals(plan.totals);
  await queue.enqueue(plan.sale, saleId);
  till.firstAttempts.add(saleId);
  let report: Awaited<ReturnType<typeof queue.sendOne>>;
  try {
    report = await queue.sendOne(saleId, till.send);
  } finally {
    till.firstAttempts.delete(saleId);
  }
  const placed = report.placed.find((p) => p.saleId === saleId);
  if (placed) {
    till.markOnline();
    till.placedOrders.delete(saleId);
    return { status: 'completed', saleId, totals, orderNumber: placed.orderNumber, orderId: placed.orderId };
  }
  const held = report.held.find((h) => h.saleId === saleId);
  if (held) {
    till.markOnline();
    await queue.void(saleId, `declined at the till: ${held.reason}`);
    return { status: 'declined', saleId, reason: held.reason, totals };
  }
  const error = report.stopped?.error;
  till.noteFailure(error, `sale ${saleId} is queued, Magento did not complete it`);
  const orderId = till.placedOrders.get(saleId);
  if (orderId !== undefined) {
    till.shop.alerts.raise(
      'order-error',
      `sale ${saleId}: order ${orderId} exists; invoicing or shipping it is retried at sync`,
    );
    return {
      status: 'completed',
      saleId,
      totals,
      orderId,
      reason: 'invoice and shipment pending (retried at sync)',
    };
  }
  for (const [sku, qty] of unitsBySku(plan)) till.shop.stock.take(sku, qty);
  return { status: 'queued-offline', saleId, totals, reason: reasonOf(error) };
}

async function sellOffline(till: Till, plan: SalePlan): Promise<SaleResult> {
  const { queue, stock, session } = till.shop;
  const saleId = plan.sale.saleId;
  if (plan.tenders.needsMagento) {
    return declined(
      plan.sale,
      'Gift cards, store credit and reward points need Magento, which is unreachable.',
    );
  }
  if (plan.lines.some((l) => l.priceOverride) && !till.shop.pos.installed) {
    return declined(plan.sale, 'Price overrides need the POS extension on Magento.');
  }
  const units = unitsBySku(plan);
  for (const [sku, wanted] of units) {
    const cached = stock.cached(sku);
    const available = cached ? Math.min(cached.qty, cached.sourceQty) : undefined;
    if (available !== undefined && wanted > available) {
      return declined(
        plan.sale,
        `Not enough ${sku} in this shop: ${wanted} wanted, ${available} last known.`,
      );
    }
    if (cached && cached.ageMs > session.stockCacheTtlMs) {
      till.shop.alerts.set(
        'stale-stock',
        `offline sale ${saleId} checked ${sku} against a reading ${Math.round(cached.ageMs / 1000)} s old`,
        sku,
      );
    }
  }
  try {
    settleAmounts(plan.tenders, plan.totals.grandTotal);
  } catch (e) {
    if (e instanceof SaleDeclined) return declined(plan.sale, e.message);
    throw e;
  }
  await queue.enqueue(plan.sale, saleId);
  for (const [sku, qty] of units) stock.take(sku, qty);
  return {
    status: 'queued-offline',
    saleId,
    totals: shownTotals(plan.totals),
    reason: 'Magento unreachable: queued',
  };
}

function declined(sale: Sale & { saleId: string }, reason: string): SaleResult {
  return { status: 'declined', saleId: sale.saleId, reason };
}

/** A refusal before anything was queued (the customer lookup): shown, and the sale not taken. */
function failed(till: Till, sale: Sale & { saleId: string }, e: unknown): SaleResult {
  till.noteFailure(e, `sale ${sale.saleId} not taken`);
  return declined(sale, reasonOf(e) ?? 'Magento refused the sale.');
}

function reasonOf(e: unknown): string | undefined {
  if (e instanceof MagentoRejection) return e.renderedMessage;
  return e instanceof Error ? e.message : e === undefined ? undefined : String(e);
}
