import type { ReturnRequest, Sale } from '../../contracts/driver.ts';
import type { ReconciliationReport } from '../../contracts/reconciliation.ts';
import type { Namespace } from '../seed/index.ts';

/**
 * Gherkin speaks the merchant setup's names ("MUG-001", "shop_main", "jane.doe@example.com",
 * "TILL10"); on a Magento that cannot be reset the records carry the scenario's namespace. The
 * World's verbs map what they hand the register or Magento with these, and map Magento's answers
 * back where a step compares them with the scenario's names. Gift card codes and store view codes
 * are preconditions made by the merchant and are never mapped. Identity on the embedded simulator.
 */
export function saleOnTarget(ns: Namespace, sale: Sale): Sale {
  return {
    ...sale,
    lines: sale.lines.map((l) => ({ ...l, sku: ns.sku(l.sku) })),
    ...(sale.customerEmail ? { customerEmail: ns.email(sale.customerEmail) } : {}),
    ...(sale.coupon ? { coupon: ns.coupon(sale.coupon) } : {}),
  };
}

export function returnOnTarget(ns: Namespace, request: ReturnRequest): ReturnRequest {
  return { ...request, lines: request.lines.map((l) => ({ ...l, sku: ns.sku(l.sku) })) };
}

/** A SKU as the scenario names it (Magento's own name for a record that is not the run's). */
export function scenarioSku(ns: Namespace, sku: string): string {
  return ns.fromSku(sku) ?? sku;
}

/** Reconciliation rows under the scenario's SKUs and source codes. */
export function reportInScenarioNames(ns: Namespace, report: ReconciliationReport): ReconciliationReport {
  if (ns.isIdentity) return report;
  return {
    ...report,
    rows: report.rows.map((r) => ({
      ...r,
      sku: scenarioSku(ns, r.sku),
      source_code: ns.fromSource(r.source_code) ?? r.source_code,
    })),
  };
}
