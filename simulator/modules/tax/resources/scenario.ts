import type { Scenario } from '../../../../contracts/scenario.ts';
import type { Services } from '../../../context.ts';
import { sameText, saveTaxClass } from './tax-classes.ts';
import { saveRate } from './tax-rate-save.ts';
import { saveRule } from './tax-rule-save.ts';
import {
  TAX_CLASSES,
  TAX_RATES,
  TAX_RULES,
  type TaxClassRecord,
  type TaxRateRecord,
  type TaxRuleRecord,
} from './types.ts';

/**
 * Seeds a scenario's `tax` section through the same services the REST routes use (so the same
 * validation applies): classes (kept when one of that name and type exists), rates by code and
 * rules by code (updated when the code exists, e.g. Magento's `US-CA-*-Rate 1`), with rules naming
 * their classes and rates. `applyScenario` runs it before the catalog, so products can name the
 * classes it creates.
 */
export function applyTaxScenario(s: Services, sc: Scenario): void {
  for (const c of sc.tax.classes) {
    if (!classByName(s, c.class_name, c.class_type)) saveTaxClass(s, c);
  }
  for (const r of sc.tax.rates) {
    const prior = s.store.all<TaxRateRecord>(TAX_RATES).find((x) => sameText(x.code, r.code));
    saveRate(s, { ...r, ...(prior ? { id: prior.id } : {}) });
  }
  for (const rule of sc.tax.rules) {
    const prior = s.store.all<TaxRuleRecord>(TAX_RULES).find((x) => sameText(x.code, rule.code));
    saveRule(s, {
      ...(prior ? { id: prior.id } : {}),
      code: rule.code,
      priority: rule.priority,
      position: rule.position,
      calculate_subtotal: rule.calculate_subtotal,
      customer_tax_class_ids: rule.customer_tax_classes.map((n) => classId(s, rule.code, n, 'CUSTOMER')),
      product_tax_class_ids: rule.product_tax_classes.map((n) => classId(s, rule.code, n, 'PRODUCT')),
      tax_rate_ids: rule.rates.map((code) => rateId(s, rule.code, code)),
    });
  }
}

function classByName(s: Services, name: string, type: string): TaxClassRecord | undefined {
  return s.store
    .all<TaxClassRecord>(TAX_CLASSES)
    .find((c) => c.class_type === type && sameText(c.class_name, name));
}

function classId(s: Services, rule: string, name: string, type: TaxClassRecord['class_type']): number {
  const found = classByName(s, name, type);
  if (!found) throw new Error(`tax rule "${rule}": unknown ${type.toLowerCase()} tax class "${name}"`);
  return found.class_id;
}

function rateId(s: Services, rule: string, code: string): number {
  const found = s.store.all<TaxRateRecord>(TAX_RATES).find((r) => sameText(r.code, code));
  if (!found) throw new Error(`tax rule "${rule}": unknown tax rate "${code}"`);
  return found.id;
}
