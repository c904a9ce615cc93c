import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from '../../harness/reports/run-results.ts';

/**
 * The broken-register variants of test/broken-registers/ and the catch each must produce: the
 * scenario that fails, the step it fails on and the words of the assertion that names the bug.
 * docs/detection.md is written from what test/detection.test.ts observed, not from this list.
 */
export interface Variant {
  /** File name in test/broken-registers/, without `.ts`. */
  name: string;
  /** The bug, in the field guide's words. */
  bug: string;
  scenario: string;
  step: string;
  message: RegExp;
}

export interface Catch {
  variant: Variant;
  hit: ScenarioResult | undefined;
  failed: ScenarioResult[];
}

export const VARIANTS: Variant[] = [
  {
    name: 'never-links-customers',
    bug: 'never links customers: a guest order where a loyal customer stood',
    scenario: 'Jane pays by card and the order is hers',
    step: 'the order is linked to the customer "jane.doe@example.com"',
    message: /is not linked to jane\.doe@example\.com/,
  },
  {
    name: 'replays-without-quote-id-check',
    bug: 'replays an order whose answer was lost without looking it up by quote_id: the sale twice',
    scenario: 'The order is saved, its answer is lost, and the register finds it only at the sync',
    step: 'Magento has exactly 1 new order',
    message: /expected 1 new order\(s\) in Magento, found 2/,
  },
  {
    name: 'drops-sale-on-429',
    bug: 'drops the sale on a 429 instead of honouring Retry-After or queueing it',
    scenario: 'The order placement is refused once with Retry-After 1, the register waits and sells',
    step: 'Magento has exactly 1 new order',
    message: /expected 1 new order\(s\) in Magento, found 0/,
  },
  {
    name: 'raw-order-save',
    bug: 'places orders by raw save (POST /V1/orders): no reservation, stock oversold',
    scenario: 'A cash sale lowers what Magento can sell by what it sold',
    step: 'the order reserved 2 "MUG-001" on the shop\'s stock',
    message: /left no reservation: an order saved raw \(POST \/V1\/orders/,
  },
  {
    name: 'stale-cache-without-alert',
    bug: 'serves a stale stock cache as fresh, with no alert, when the refresh fails',
    scenario: 'The cashier looks a mug up again after the link died and the cache expired',
    step: 'the register shows the stock of "MUG-001" as stale',
    message: /as fresh \(stale: false\) after its refresh failed/,
  },
  {
    name: 'wrong-store-code',
    bug: 'sells on the default store view whatever store view the register belongs to',
    scenario: 'The French till and the English till of one shop each sell',
    step: 'each order is on the store view of the register that sold it',
    message: /order \d+ of register "FR" is on store view "default" \(store 1\), not on "fr"/,
  },
  {
    name: 'row-vs-total-tax',
    bug: 'shows tax rounded per row when Magento rounds on the total: tax a cent off',
    scenario: 'Tax on the shipping address, TOTAL_BASE_CALCULATION: the till shows what Magento charges',
    step: 'the register showed the tax and total Magento charged',
    message: /the register showed tax 2\.79 and total 36\.70, Magento charged tax 2\.80 and total 36\.71/,
  },
  {
    name: 'deducts-default-source',
    bug: "deducts the Default Source instead of the shop's own source",
    scenario: "A sale at shop A takes the umbrellas off shop A's source only",
    step: 'the sale took 2 "UMBRELLA" off source "shop_a" and moved no other source',
    message: /the sale took 0 UMBRELLA off the till's source shop_a, not 2 .*shipped from nowhere/,
  },
  {
    name: 'returns-online-to-warehouse',
    bug: "returns an online purchase brought to the till to the warehouse instead of the shop's shelf",
    scenario: "An umbrella bought online and returned at shop A goes onto shop A's shelf",
    step: 'the return put 1 "UMBRELLA" onto source "shop_a" and moved no other source',
    message:
      /the return put 0 UMBRELLA onto the till's source shop_a, not 1 .*went back to warehouse instead/,
  },
  {
    name: 'swallows-order-errors',
    bug: 'swallows an order error: reports a sale Magento refused as completed',
    scenario: 'Magento no longer offers pos_cash and a guest buys a mug, paid in cash',
    step: 'the register declined the sale, showing Magento\'s message "The requested Payment Method is not available."',
    message:
      /answered completed .* for a sale Magento refused with "The requested Payment Method is not available\."/,
  },
];

export const DETECTION_DOC = join(import.meta.dirname, '..', '..', 'docs', 'detection.md');

/** A table cell; a reading's age in ms varies run to run, so it is left out and the file stays put. */
const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .replace(/\b\d+ ms old\b/g, 'N ms old')
    .trim();

/** Writes docs/detection.md: one row per variant, with every scenario it made fail. */
export function writeDetectionTable(catches: Catch[]): void {
  const rows = catches.map(({ variant, hit, failed }) => {
    const where = hit ? `${hit.uri}: ${hit.name}` : `NOT CAUGHT by ${variant.scenario}`;
    const assertion = hit ? `${hit.failedStep} — ${hit.message ?? ''}` : '';
    const others = failed
      .filter((r) => r !== hit)
      .map((r) => r.name)
      .sort();
    return `| \`${variant.name}\` | ${cell(variant.bug)} | ${cell(where)} | ${cell(assertion)} | ${cell(others.join('; ') || '—')} |`;
  });
  const doc = [
    '# What the go-live checks catch',
    '',
    'Generated by `test/detection.test.ts` (part of `npm test`; Biome leaves it as written); do not edit',
    'by hand. Each broken',
    'register in `test/broken-registers/` is the reference register with one bug from the field guide.',
    'Each ran through the full pack (every scenario but the browser ones) on the embedded simulator;',
    'the table shows the scenario that must catch it, the assertion it failed on (step — message), and',
    'the other scenarios the same bug also failed. The reference register passes the whole pack.',
    '',
    '| variant | bug | caught by | failing assertion | also failed |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(DETECTION_DOC, doc);
}
