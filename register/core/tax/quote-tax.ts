import type { TaxSettings } from '../../../contracts/driver.ts';
import { type Algorithm, TaxCalculatorRun, type TaxItemResult } from './calculators.ts';
import { roundPrice } from './php-round.ts';
import { resolveRate } from './rate-resolver.ts';
import type { TaxLocation, TaxTable } from './tax-table.ts';

/**
 * The register's own totals for a basket, computed the way Magento's total collectors do, so the
 * cashier sees Magento's numbers before Magento is asked (and while it is unreachable):
 *
 * 1. tax before discount (`tax_subtotal` collector): prices excluding tax, the discount's base;
 * 2. the discount (`discount` collector), given as a function of those prices;
 * 3. tax after discount (`tax` collector), a fresh calculation run (fresh rounding remainders).
 *
 * Grand total = subtotal + tax + discount tax compensation − discount (POS pickup: no shipping).
 * Shares nothing with the simulator's tax engine on purpose: it is checked against Magento's
 * answer (`GET /V1/carts/:id/totals`) on every sale.
 */
export interface TaxLine {
  /** Magento's item code (`sequence-N`): unit and row remainders are scoped to it. */
  code: string;
  sku: string;
  qty: number;
  /** Calculation price of one unit (including tax when prices include tax). */
  unitPrice: number;
  productTaxClassId: number;
}

export interface TaxContext {
  settings: TaxSettings;
  table: TaxTable;
  customerTaxClassId: number;
  /** The address tax is computed for (shipping, billing or origin, per `based_on`). */
  taxAddress: TaxLocation;
  /** The store's origin and default customer class give the store rate (prices including tax). */
  origin: TaxLocation;
  defaultCustomerTaxClassId: number;
}

/** Row discounts by item code, from prices excluding tax (the discount collector's base). */
export type Discounter = (lines: Array<TaxLine & { priceExclTax: number }>) => Map<string, number>;

export interface LineTotals {
  code: string;
  sku: string;
  qty: number;
  price: number;
  priceInclTax: number;
  rowTotal: number;
  rowTotalInclTax: number;
  tax: number;
  discount: number;
  taxPercent: number;
}

export interface QuoteTotals {
  subtotal: number;
  subtotalInclTax: number;
  discount: number;
  tax: number;
  discountTaxCompensation: number;
  grandTotal: number;
  lines: LineTotals[];
}

export function computeQuoteTotals(lines: TaxLine[], ctx: TaxContext, discounter?: Discounter): QuoteTotals {
  const s = ctx.settings;
  const settings = {
    algorithm: s.algorithm as Algorithm,
    priceIncludesTax: s.priceIncludesTax,
    applyAfterDiscount: s.applyAfterDiscount,
  };
  const rateOf = (classId: number) => resolveRate(ctx.table, classId, ctx.customerTaxClassId, ctx.taxAddress);
  const storeRateOf = (classId: number) =>
    resolveRate(ctx.table, classId, ctx.defaultCustomerTaxClassId, ctx.origin).percent;
  const input = (l: TaxLine, discount: number) => ({
    code: l.code,
    unitPrice: l.unitPrice,
    qty: l.qty,
    discount,
    rate: rateOf(l.productTaxClassId),
    storeRatePercent: s.priceIncludesTax ? storeRateOf(l.productTaxClassId) : undefined,
  });

  const before = new TaxCalculatorRun(settings);
  const priced = lines.map((l) => ({ ...l, priceExclTax: before.item(input(l, 0)).price }));
  const discounts = discounter?.(priced) ?? new Map<string, number>();

  const after = new TaxCalculatorRun(settings);
  const results: Array<[TaxLine, TaxItemResult, number]> = lines.map((l) => {
    const d = discounts.get(l.code) ?? 0;
    return [l, after.item(input(l, d)), d];
  });
  const sum = (f: (r: TaxItemResult, d: number) => number) =>
    roundPrice(results.reduce((acc, [, r, d]) => acc + f(r, d), 0));
  const subtotal = sum((r) => r.rowTotal);
  const tax = sum((r) => r.rowTax);
  const discount = sum((_, d) => d);
  const discountTaxCompensation = sum((r) => r.discountTaxCompensation);
  return {
    subtotal,
    subtotalInclTax: sum((r) => r.rowTotalInclTax),
    discount,
    tax,
    discountTaxCompensation,
    grandTotal: roundPrice(subtotal + tax + discountTaxCompensation - discount),
    lines: results.map(([l, r, d]) => ({
      code: l.code,
      sku: l.sku,
      qty: l.qty,
      price: roundPrice(r.price),
      priceInclTax: roundPrice(r.priceInclTax),
      rowTotal: roundPrice(r.rowTotal),
      rowTotalInclTax: roundPrice(r.rowTotalInclTax),
      tax: roundPrice(r.rowTax),
      discount: roundPrice(d),
      taxPercent: r.taxPercent,
    })),
  };
}
