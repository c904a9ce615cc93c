import type { RegisterSession, Sale } from '../../../contracts/driver.ts';
import type { Catalog, ResolvedLine } from '../catalog/catalog.ts';
import { type ApplicableRules, applicableRules } from '../discount/sales-rules.ts';
import { SaleDeclined } from '../sale-declined.ts';
import type { Environment } from '../session/environment.ts';
import type { QuoteTotals, TaxContext } from '../tax/quote-tax.ts';
import type { Customer } from './customers.ts';
import { saleTotals, taxContextFor } from './sale-totals.ts';
import { planTenders, type TenderPlan } from './tenders.ts';

/**
 * A sale as the register understands it before Magento is asked: every line resolved against the
 * catalog, the customer (or a guest), the rules that apply, the tenders, and the totals the
 * cashier is shown. Planning is pure: the same sale and catalog always give the same plan, which
 * is what lets an offline sale be shown now and placed later.
 */
export interface SalePlan {
  sale: Sale & { saleId: string };
  lines: ResolvedLine[];
  customer?: Customer | undefined;
  groupId: number;
  rules: ApplicableRules;
  tenders: TenderPlan;
  virtualOnly: boolean;
  taxContext: TaxContext;
  totals: QuoteTotals;
}

export interface PlanInput {
  session: RegisterSession;
  env: Environment;
  catalog: Catalog;
  today: string;
}

/** Customer group of a new account (General), assumed for an email not yet looked up. */
const GENERAL_GROUP = 1;
const GUEST_GROUP = 0;

export function planSale(
  input: PlanInput,
  sale: Sale & { saleId: string },
  customer: Customer | undefined,
): SalePlan {
  const lines = checkedLines(sale).map((l) => input.catalog.resolve(l, input.today));
  const groupId = customer?.group_id ?? (sale.customerEmail ? GENERAL_GROUP : GUEST_GROUP);
  const rules = applicableRules(input.env.rules, {
    websiteId: input.env.websiteId,
    customerGroupId: groupId,
    coupon: sale.coupon,
    today: input.today,
  });
  const virtualOnly = lines.every((l) => l.virtual);
  const taxContext = taxContextFor(input.env, input.session, groupId, virtualOnly);
  const tenders = planTenders(sale, input.session);
  const totals = saleTotals(lines, taxContext, rules.rules);
  return { sale, lines, customer, groupId, rules, tenders, virtualOnly, taxContext, totals };
}

/** A price override must name who approved it (not just blanks). */
function checkedLines(sale: Sale): Sale['lines'] {
  for (const l of sale.lines) {
    if (l.priceOverride && l.priceOverride.approver.trim() === '') {
      throw new SaleDeclined(`The price override of ${l.sku} needs an approver.`);
    }
  }
  return sale.lines;
}

/** The (child) SKUs the sale takes off the shelf, with their quantities. */
export function unitsBySku(plan: SalePlan): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of plan.lines) out.set(l.stockSku, (out.get(l.stockSku) ?? 0) + l.qty);
  return out;
}
