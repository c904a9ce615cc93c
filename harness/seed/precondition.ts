/**
 * Something a scenario needs that the harness cannot set through REST on a Magento it does not own
 * (a website, a stock link it must not move, config, a payment method, a Commerce surface, the
 * control API). `what` is a stable label the runner matches against what a Cucumber scenario
 * needs; `why` is one line that reads after "not run: ".
 */
export interface Precondition {
  what: string;
  why: string;
}

export interface PreconditionResult {
  met: string[];
  missing: Precondition[];
}

/** The labels, one builder per kind, so the seeder, the probe and the runner spell them alike. */
export const need = {
  website: (code: string) => `website ${code}`,
  storeView: (code: string) => `store view ${code}`,
  customerGroup: (code: string) => `customer group ${code}`,
  attribute: (code: string) => `product attribute ${code}`,
  stock: (name: string) => `stock ${name}`,
  source: (code: string) => `source ${code}`,
  taxClass: (name: string) => `tax class ${name}`,
  cartRules: 'cart rules',
  payment: (code: string) => `payment method ${code}`,
  config: (path: string) => `config ${path}`,
  giftCardRoutes: 'gift card routes',
  giftCard: (code: string) => `gift card account ${code}`,
  storeCreditRoutes: 'store credit routes',
  storeCredit: (email: string) => `store credit of ${email}`,
  rewardRoutes: 'reward points routes',
  rewardPoints: (email: string) => `reward points of ${email}`,
  posExtension: 'POS extension',
  controlApi: 'control API',
} as const;

/** Collects met and missing preconditions; a label reported missing twice keeps its first reason. */
export class PreconditionList {
  private readonly metSet = new Set<string>();
  private readonly missingMap = new Map<string, string>();

  met(what: string): void {
    if (!this.missingMap.has(what)) this.metSet.add(what);
  }

  missing(what: string, why: string): void {
    this.metSet.delete(what);
    if (!this.missingMap.has(what)) this.missingMap.set(what, why);
  }

  addAll(other: PreconditionResult): void {
    for (const m of other.missing) this.missing(m.what, m.why);
    for (const w of other.met) this.met(w);
  }

  result(): PreconditionResult {
    return {
      met: [...this.metSet],
      missing: [...this.missingMap].map(([what, why]) => ({ what, why })),
    };
  }
}
