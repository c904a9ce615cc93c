import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import type { Namespace } from './namespace.ts';
import { seeding } from './rest-errors.ts';
import type { SeedLog } from './seed-report.ts';

/**
 * Tax classes, rates and rules (`/V1/taxClasses`, `/V1/taxRates`, `/V1/taxRules`, magento-rest.md §14).
 *
 * Why product tax classes named by a scenario's rules are namespaced: a tax rule applies to every
 * product of its product classes. A rule "Texas Retail" on the store's real "Taxable Goods" would
 * tax the merchant's real orders. The run's products get "pg3f9a1c Taxable Goods" instead, and the
 * scenario's rules name only those classes. Every other class (customer classes, product classes no
 * scenario rule names) is global and reused by its name ("Retail Customer", "Taxable Goods"), or
 * created under the namespace when the target lacks it. Rates and rules are namespaced by code.
 */
export type ClassType = 'PRODUCT' | 'CUSTOMER';
interface TaxClass {
  class_id: number;
  class_name: string;
  class_type: ClassType;
}
interface TaxRate {
  id: number;
  code: string;
  tax_country_id: string;
  tax_region_id: number;
  tax_postcode: string;
  rate: number;
}
interface TaxRule {
  id: number;
  code: string;
  priority: number;
  position: number;
  calculate_subtotal: boolean;
  customer_tax_class_ids: number[];
  product_tax_class_ids: number[];
  tax_rate_ids: number[];
}

/** Scenario class names → target class ids, per type. */
export class TaxClassIds {
  constructor(private readonly ids: Map<string, number>) {}

  /** A product's `tax_class`: a name, or an id (0 = none). */
  product(taxClass: string | number): number | undefined {
    if (typeof taxClass === 'number') return taxClass;
    if (taxClass === 'None') return 0;
    return this.ids.get(`PRODUCT:${taxClass}`);
  }

  get(type: ClassType, name: string): number | undefined {
    return this.ids.get(`${type}:${name}`);
  }
}

export async function seedTax(client: AdminClient, sc: Scenario, ns: Namespace, log: SeedLog) {
  const classes = await seedTaxClasses(client, sc, ns, log);
  const rates = new Map<string, number>();
  for (const r of sc.tax.rates) {
    const code = ns.code(r.code);
    const want = {
      code,
      tax_country_id: r.tax_country_id,
      tax_region_id: r.tax_region_id,
      tax_postcode: r.tax_postcode,
      rate: r.rate,
    };
    const found = await byCode<TaxRate>(client, '/V1/taxRates/search', code);
    const changed = !!found && !sameFields(found, want);
    const saved = await seeding(`tax rate "${code}"`, () =>
      !found
        ? client.post<TaxRate>('/V1/taxRates', { taxRate: want })
        : changed
          ? client.put<TaxRate>('/V1/taxRates', { taxRate: { ...want, id: found.id } })
          : Promise.resolve(found),
    );
    rates.set(r.code, saved.id);
    log.outcome({ kind: 'tax-rate', name: code, scenarioName: r.code, id: saved.id }, !!found, changed);
  }
  for (const rule of sc.tax.rules) await seedRule(client, rule, ns, log, classes, rates);
  return classes;
}

async function seedRule(
  client: AdminClient,
  rule: Scenario['tax']['rules'][number],
  ns: Namespace,
  log: SeedLog,
  classes: TaxClassIds,
  rates: Map<string, number>,
): Promise<void> {
  const code = ns.code(rule.code);
  const rateIds: number[] = [];
  for (const r of rule.rates) {
    const id = rates.get(r) ?? (await byCode<TaxRate>(client, '/V1/taxRates/search', r))?.id;
    if (id === undefined) {
      log.missing(
        `tax rate ${r}`,
        `tax rule "${rule.code}" names rate "${r}", which neither the scenario nor the target has`,
      );
      return;
    }
    rateIds.push(id);
  }
  const ids = (type: ClassType, names: string[]) =>
    names.map((n) => classes.get(type, n)).filter((x): x is number => x !== undefined);
  const want = {
    code,
    priority: rule.priority,
    position: rule.position,
    calculate_subtotal: rule.calculate_subtotal,
    customer_tax_class_ids: ids('CUSTOMER', rule.customer_tax_classes),
    product_tax_class_ids: ids('PRODUCT', rule.product_tax_classes),
    tax_rate_ids: rateIds,
  };
  const found = await byCode<TaxRule>(client, '/V1/taxRules/search', code);
  const changed = !!found && !sameFields(found, want);
  const saved = await seeding(`tax rule "${code}"`, () =>
    !found
      ? client.post<TaxRule>('/V1/taxRules', { rule: want })
      : changed
        ? client.put<TaxRule>('/V1/taxRules', { rule: { ...want, id: found.id } })
        : Promise.resolve(found),
  );
  log.outcome({ kind: 'tax-rule', name: code, scenarioName: rule.code, id: saved.id }, !!found, changed);
}

/** Every class the scenario names, with the namespacing rule above. */
async function seedTaxClasses(client: AdminClient, sc: Scenario, ns: Namespace, log: SeedLog) {
  const wanted = new Map<string, ClassType>();
  const add = (name: string, type: ClassType) => {
    if (name !== 'None') wanted.set(`${type}:${name}`, type);
  };
  for (const c of sc.tax.classes) add(c.class_name, c.class_type);
  for (const p of sc.products) if (typeof p.tax_class === 'string') add(p.tax_class, 'PRODUCT');
  for (const r of sc.tax.rules) {
    for (const n of r.customer_tax_classes) add(n, 'CUSTOMER');
    for (const n of r.product_tax_classes) add(n, 'PRODUCT');
  }
  const guarded = new Set(sc.tax.rules.flatMap((r) => r.product_tax_classes));
  const existing = await seeding('tax classes', () => client.searchAll<TaxClass>('/V1/taxClasses/search'));
  const ids = new Map<string, number>();
  for (const [key, type] of wanted) {
    const name = key.slice(type.length + 1);
    const own = ns.code(name);
    const global = type === 'PRODUCT' && guarded.has(name) ? undefined : find(existing, name, type);
    const found = global ?? find(existing, own, type);
    if (found) {
      ids.set(key, found.class_id);
      log.reused({ kind: 'tax-class', name: found.class_name, scenarioName: name, id: found.class_id });
      continue;
    }
    const id = await seeding(`tax class "${own}"`, () =>
      client.post<number | string>('/V1/taxClasses', { taxClass: { class_name: own, class_type: type } }),
    );
    ids.set(key, Number(id));
    log.created({ kind: 'tax-class', name: own, scenarioName: name, id: Number(id) });
  }
  return new TaxClassIds(ids);
}

function find(list: TaxClass[], name: string, type: ClassType): TaxClass | undefined {
  return list.find((c) => c.class_type === type && c.class_name === name);
}

async function byCode<T>(client: AdminClient, path: string, code: string): Promise<T | undefined> {
  const found = await seeding(`${path} for "${code}"`, () => client.searchAll<T>(path, [['code', code]]));
  return found.find((x) => (x as { code?: string }).code === code);
}

/** Whether `have` already holds every field of `want` (id lists compared as sets). */
export function sameFields(have: object, want: object): boolean {
  const h = have as Record<string, unknown>;
  return Object.entries(want).every(([k, v]) => {
    const got = h[k];
    if (Array.isArray(v)) {
      const a = Array.isArray(got) ? got.map(String).sort() : [];
      return a.join(',') === v.map(String).sort().join(',');
    }
    if (typeof v === 'number') return Number(got) === v;
    if (typeof v === 'boolean') return Boolean(got) === v;
    return String(got ?? '') === String(v);
  });
}
