import type { RegisterSession, Totals } from '../../../contracts/driver.ts';
import type { ResolvedLine } from '../catalog/catalog.ts';
import { discounterFor } from '../discount/discount.ts';
import type { SalesRule } from '../discount/sales-rules.ts';
import type { Environment } from '../session/environment.ts';
import { computeQuoteTotals, type QuoteTotals, type TaxContext } from '../tax/quote-tax.ts';
import type { TaxLocation } from '../tax/tax-table.ts';

/**
 * The totals a sale shows, computed by the register itself: its lines at the register's prices,
 * its discount (the rules the register evaluates, or Magento's discount lines when a rule is
 * beyond it), and tax for the address Magento taxes:
 *
 * | based_on | address taxed                                                         |
 * | -------- | --------------------------------------------------------------------- |
 * | shipping | the pickup location: the shop's source address (billing when virtual) |
 * | billing  | the billing address the register sends: the session's shop address   |
 * | origin   | `session.tax.origin` (Magento's shipping origin), else the source     |
 */
export function taxContextFor(
  env: Environment,
  s: RegisterSession,
  customerGroupId: number,
  virtualOnly: boolean,
): TaxContext {
  const source: TaxLocation = {
    country_id: env.source.country_id,
    region_id: env.source.region_id ?? undefined,
    postcode: env.source.postcode ?? undefined,
  };
  const billing: TaxLocation = {
    country_id: s.shopAddress.country_id,
    region_id: s.shopAddress.region_id,
    postcode: s.shopAddress.postcode,
  };
  const origin: TaxLocation = s.tax.origin
    ? {
        country_id: s.tax.origin.country_id,
        region_id: s.tax.origin.region_id,
        postcode: s.tax.origin.postcode,
      }
    : source;
  const taxAddress =
    s.tax.basedOn === 'origin' ? origin : s.tax.basedOn === 'billing' || virtualOnly ? billing : source;
  const group = env.groups.find((g) => g.id === customerGroupId);
  return {
    settings: s.tax,
    table: env.tax,
    customerTaxClassId: group?.tax_class_id ?? s.tax.customerTaxClassId,
    taxAddress,
    origin,
    defaultCustomerTaxClassId: s.tax.customerTaxClassId,
  };
}

/** Local totals: with the register's rules, or with given row discounts (Magento's, by line code). */
export function saleTotals(
  lines: ResolvedLine[],
  ctx: TaxContext,
  discount: SalesRule[] | Map<string, number>,
): QuoteTotals {
  const taxLines = lines.map((l, i) => ({
    code: lineCode(i),
    sku: l.stockSku,
    qty: l.qty,
    unitPrice: l.unitPrice,
    productTaxClassId: l.taxClassId,
  }));
  const discounter = discount instanceof Map ? () => discount : discounterFor(discount);
  return computeQuoteTotals(taxLines, ctx, discounter);
}

export function lineCode(index: number): string {
  return `sequence-${index + 1}`;
}

/** The contract's view of the totals shown (discount as a positive amount). */
export function shownTotals(q: QuoteTotals): Totals {
  return {
    subtotal: q.subtotal,
    discount: q.discount,
    tax: q.tax,
    grandTotal: q.grandTotal,
    lines: q.lines.map((l) => ({ sku: l.sku, qty: l.qty, rowTotal: l.rowTotal, tax: l.tax })),
  };
}
