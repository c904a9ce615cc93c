import type { Precondition } from './precondition.ts';

/**
 * What `seedThroughRest` did to a Magento: every record it created, updated or found already in
 * place (by its namespaced name, with the scenario's name beside it), the preconditions it could
 * not meet, and how the scenario's names resolved on the target (website and store view ids, the
 * stock each scenario stock sells through). Cleanup does not depend on it: it finds a namespace's
 * records by their names.
 */
export type SeedKind =
  | 'product'
  | 'custom-option'
  | 'configurable-option'
  | 'configurable-child'
  | 'source'
  | 'stock'
  | 'stock-link'
  | 'source-item'
  | 'tax-class'
  | 'tax-rate'
  | 'tax-rule'
  | 'customer'
  | 'cart-rule'
  | 'coupon';

export interface SeededThing {
  kind: SeedKind;
  /** The name on the target (namespaced). */
  name: string;
  /** The name in the scenario file. */
  scenarioName: string;
  id?: number | string;
}

export interface SeedReport {
  scenario: string;
  namespace: string;
  created: SeededThing[];
  updated: SeededThing[];
  /** Already there with the scenario's values (a second seeding), or global records reused by name. */
  reused: SeededThing[];
  missing: Precondition[];
  /** Things worth knowing that are not failures (a shared stock, a section left to the probe). */
  notes: string[];
  /** Scenario website code → website id on the target (only those that exist). */
  websites: Record<string, number>;
  /** Scenario store view code → store id on the target (only those that exist). */
  storeViews: Record<string, number>;
  /** Scenario stock name → the stock id its websites sell from (absent when not linked). */
  stocks: Record<string, number>;
}

/** The report under construction, shared by the seeding steps. */
export class SeedLog {
  readonly report: SeedReport;

  constructor(scenario: string, namespace: string) {
    this.report = {
      scenario,
      namespace,
      created: [],
      updated: [],
      reused: [],
      missing: [],
      notes: [],
      websites: {},
      storeViews: {},
      stocks: {},
    };
  }

  created(thing: SeededThing): void {
    this.report.created.push(thing);
  }

  updated(thing: SeededThing): void {
    this.report.updated.push(thing);
  }

  reused(thing: SeededThing): void {
    this.report.reused.push(thing);
  }

  /** Created, updated or reused, by whether it existed and whether it changed. */
  outcome(thing: SeededThing, existed: boolean, changed: boolean): void {
    if (!existed) this.created(thing);
    else if (changed) this.updated(thing);
    else this.reused(thing);
  }

  missing(what: string, why: string): void {
    if (!this.report.missing.some((m) => m.what === what)) this.report.missing.push({ what, why });
  }

  note(line: string): void {
    this.report.notes.push(line);
  }
}
