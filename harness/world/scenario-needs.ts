import type { Scenario } from '../../contracts/scenario.ts';
import { need, type Precondition } from '../seed/index.ts';

/**
 * Which missing preconditions stop a Cucumber scenario on a Magento the harness cannot reset, by
 * the scenario's tags (docs/external-magento.md, "Tags"):
 *
 * | tag                    | needs (labels of `harness/seed/precondition.ts`)                          |
 * | ---------------------- | ------------------------------------------------------------------------ |
 * | (every scenario)       | what the seeder could not seed: websites, store views, stocks, sources,  |
 * |                        | tax classes and rates, cart rules (not attributes or customer groups,    |
 * |                        | which only leave out the records that use them)                          |
 * | `@needs-pos-payments`  | the setup's payment methods, offered at its first store view             |
 * | `@needs-pos-extension` | the POS extension (split tender, price override, client sale id)        |
 * | `@needs-config`        | every config value the setup declares: read and equal, or assumed        |
 * | `@commerce`            | gift card, store credit and reward routes; the setup's balances          |
 *
 * `@simulator` (the control API) is decided before the scenario starts (steps/hooks.ts).
 */
export const NEEDS_TAGS = [
  '@needs-pos-payments',
  '@needs-pos-extension',
  '@needs-config',
  '@commerce',
] as const;
export type NeedsTag = (typeof NEEDS_TAGS)[number];

const COMMERCE: readonly string[] = [need.giftCardRoutes, need.storeCreditRoutes, need.rewardRoutes];
const COMMERCE_PREFIXES = ['gift card account ', 'store credit of ', 'reward points of '];

/** Seeder gaps that leave out a few records (a configurable, a customer) rather than the setup. */
const PARTIAL = ['product attribute ', 'customer group '];

function tagOf(what: string, sc: Scenario): NeedsTag | undefined {
  if (what === need.posExtension) return '@needs-pos-extension';
  if (sc.payment_methods.some((m) => what === need.payment(m.code))) return '@needs-pos-payments';
  if (what.startsWith('config ')) return '@needs-config';
  if (COMMERCE.includes(what) || COMMERCE_PREFIXES.some((p) => what.startsWith(p))) return '@commerce';
  return undefined;
}

/**
 * Why a scenario with `tags` cannot run on this target (the text after "not run: "), or null.
 * `seeded` are the seeder's gaps, `probed` the probe's; each line names its tag.
 */
export function notRunReason(
  tags: readonly string[],
  sc: Scenario,
  seeded: readonly Precondition[],
  probed: readonly Precondition[],
): string | null {
  const lines: string[] = [];
  const setup = setupGaps(seeded);
  if (setup.length > 0) lines.push(`merchant setup "${sc.name}": ${setup.map((m) => m.why).join('; ')}`);
  for (const tag of NEEDS_TAGS.filter((t) => tags.includes(t))) {
    const missing = probed.filter((m) => tagOf(m.what, sc) === tag);
    if (missing.length > 0) lines.push(`${tag}: ${whys(missing)}`);
  }
  return lines.length > 0 ? lines.join(' | ') : null;
}

/**
 * The seeder's gaps that stop every scenario of the setup, their reasons without the advice to
 * sell from the run's own stock on a test store: each scenario has a namespace, hence a stock, of
 * its own, so no website can be linked to it beforehand.
 */
export function setupGaps(seeded: readonly Precondition[]): Precondition[] {
  return seeded
    .filter((m) => !PARTIAL.some((p) => m.what.startsWith(p)))
    .map((m) => ({ ...m, why: m.why.replace(/, or sell from "[^"]*" \(id \d+\) on a test store$/, '') }));
}

/** One reason per label, the config paths REST cannot read folded into one sentence. */
function whys(missing: readonly Precondition[]): string {
  const unreadable = missing.filter((m) => m.why.includes('cannot be read through REST'));
  const rest = missing.filter((m) => !unreadable.includes(m)).map((m) => m.why);
  if (unreadable.length > 0) {
    const paths = unreadable.map((m) => m.what.replace(/^config /, ''));
    rest.push(
      `config ${paths.join(', ')} cannot be read through REST: set ${paths.length > 1 ? 'them' : 'it'} on the target and confirm with --assume-config`,
    );
  }
  return rest.join('; ');
}

/**
 * The setup's config the register may rely on: values REST read and found equal, and values the
 * user confirmed (`--assume-config`). What is left out takes Magento's defaults in the session.
 */
export function confirmedConfig(sc: Scenario, met: readonly string[]): Scenario['config'] {
  return Object.fromEntries(Object.entries(sc.config).filter(([key]) => met.includes(need.config(key))));
}
