import type { Services } from '../../../context.ts';
import type { Quote } from '../types.ts';
import { collectContext } from './context.ts';
import { discountCollector, shippingDiscountCollector } from './discount.ts';
import { grandTotalCollector } from './grand-total.ts';
import { shippingCollector } from './shipping.ts';
import { subtotalCollector } from './subtotal.ts';
import { taxCollector } from './tax.ts';
import type { CollectContext, QuoteTotals, TotalsCollector } from './types.ts';

/**
 * The totals pipeline, Magento's collector chain for one quote address:
 *
 * ```
 * subtotal 100 ─► discount 300 ─► shipping 350 ─► shipping discount 400 ─► tax 450 ─► grand_total 550 ─► (extras)
 *      │ each collector writes its part of QuoteTotals, then each may show a segment (by displayOrder)
 * ```
 *
 * Extending it (Commerce gift cards, store credit, reward points): write a `TotalsCollector` with a
 * sortOrder after 550 that lowers `grandTotal`, keeps its data in `totals.extension` and shows its
 * segment (`giftcardaccount`, `customerbalance`, `reward`) through `fetch`, and register it with
 * `registerTotalsCollector` at start-up (or pass your own list to `collectTotals`). Placement
 * builds the order from the final totals; `checkout/placement-hooks.ts` lets a surface add its
 * order data before the save and settle balances after it.
 * @see Magento\Quote\Model\Quote\TotalsCollector and each module's etc/sales.xml
 */
const collectors: TotalsCollector[] = [
  subtotalCollector,
  discountCollector,
  shippingCollector,
  shippingDiscountCollector,
  taxCollector,
  grandTotalCollector,
];

/** The collectors every collection runs (a live list: registrations show up here). */
export const TOTALS_COLLECTORS: readonly TotalsCollector[] = collectors;

/** Adds a collector to every collection from now on (once per code; call at start-up). */
export function registerTotalsCollector(collector: TotalsCollector): void {
  if (!collectors.some((c) => c.code === collector.code)) collectors.push(collector);
}

export function collectTotals(
  s: Services,
  quote: Quote,
  collectors: readonly TotalsCollector[] = TOTALS_COLLECTORS,
): QuoteTotals {
  return runCollectors(collectContext(s, quote), collectors);
}

export function runCollectors(ctx: CollectContext, collectors: readonly TotalsCollector[]): QuoteTotals {
  const totals = emptyTotals(ctx.quote.coupon_code);
  const ordered = [...collectors].sort((a, b) => a.sortOrder - b.sortOrder);
  for (const c of ordered) c.collect(ctx, totals);
  totals.segments = [...ordered]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((c) => c.fetch?.(ctx, totals) ?? null)
    .filter((seg) => seg !== null);
  return totals;
}

function emptyTotals(couponCode: string | null): QuoteTotals {
  return {
    items: [],
    itemsQty: 0,
    subtotal: 0,
    subtotalInclTax: 0,
    discountAmount: 0,
    discountDescription: '',
    appliedRuleIds: [],
    couponCode,
    shippingRate: null,
    shippingAmount: 0,
    shippingInclTax: 0,
    shippingTaxAmount: 0,
    shippingDiscountAmount: 0,
    shippingDescription: null,
    taxAmount: 0,
    discountTaxCompensation: 0,
    shippingDiscountTaxCompensation: 0,
    appliedTaxes: [],
    grandTotal: 0,
    segments: [],
    extension: {},
  };
}
