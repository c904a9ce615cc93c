import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { bySeverity, compareStock } from './compare.ts';
import type { ErpRow } from './erp-file.ts';
import type { MagentoSourceItem } from './source-items.ts';
import { DEFAULT_THRESHOLDS, parseThresholds } from './thresholds.ts';

const erp = (sku: string, source_code: string, quantity: number): ErpRow => ({
  sku,
  source_code,
  quantity,
  line: 0,
});
const mag = (sku: string, source_code: string, quantity: number): MagentoSourceItem => ({
  sku,
  source_code,
  quantity,
  status: 1,
});
const key = (r: { sku: string; source_code: string; status: string; flagged: boolean }) =>
  `${r.sku}@${r.source_code} ${r.status}${r.flagged ? ' !' : ''}`;

describe('comparing Magento with the ERP file', () => {
  test('rows are sorted flagged first, then by severity, then by the bigger gap, then SKU', () => {
    const rows = compareStock(
      [erp('A', 's', 10), erp('B', 's', 10), erp('C', 's', 10), erp('D', 's', 10), erp('E', 's', 100)],
      [mag('A', 's', 13), mag('B', 's', 10), mag('C', 's', 30), mag('D', 's', 11), mag('E', 's', 104)],
      new Map([
        ['a', 1], // medium: 3 > 2 → severity 1.5
        ['e', 1], // medium: threshold max(2, 2 % of 100) = 2, 4 → severity 2
      ]),
      DEFAULT_THRESHOLDS,
    );
    assert.deepEqual(
      rows.map((r) => [r.sku, r.flagged, r.severity]),
      [
        ['C', true, 20],
        ['E', true, 2],
        ['A', true, 1.5],
        ['D', false, 1],
        ['B', false, 0],
      ],
    );
  });

  test('a row on one side only is flagged as missing on the other, unless it holds no units', () => {
    const rows = compareStock(
      [erp('NEW', 'warehouse', 7), erp('EMPTY', 'shop', 0)],
      [mag('GONE', 'shop', 4), mag('ZERO', 'warehouse', 0)],
      new Map(),
      DEFAULT_THRESHOLDS,
    );
    assert.deepEqual(rows.map(key), [
      'NEW@warehouse missing in Magento !',
      'GONE@shop missing in ERP !',
      'EMPTY@shop missing in Magento',
      'ZERO@warehouse missing in ERP',
    ]);
    const gone = rows.find((r) => r.sku === 'GONE');
    assert.deepEqual([gone?.magento_qty, gone?.erp_qty, gone?.difference], [4, null, 4]);
    const made = rows.find((r) => r.sku === 'NEW');
    assert.deepEqual([made?.magento_qty, made?.erp_qty, made?.difference, made?.severity], [null, 7, -7, 7]);
  });

  test('flag_missing_when_zero flags the empty one-sided rows too', () => {
    const t = parseThresholds(
      { bands: [{ name: 'x', min_velocity: 0, absolute: 1 }], flag_missing_when_zero: true },
      't',
    );
    const rows = compareStock([erp('EMPTY', 'shop', 0)], [mag('ZERO', 'w', 0)], new Map(), t);
    assert.deepEqual(
      rows.map((r) => r.flagged),
      [true, true],
    );
  });

  test('SKUs match case-insensitively and keep Magento spelling; velocity is per SKU across sources', () => {
    const rows = compareStock(
      [erp('tee-m', 'shop_a', 3), erp('TEE-M', 'shop_b', 9)],
      [mag('TEE-M', 'shop_a', 3), mag('TEE-M', 'shop_b', 3)],
      new Map([['tee-m', 6]]),
      DEFAULT_THRESHOLDS,
    );
    assert.deepEqual(
      rows.map((r) => [r.sku, r.source_code, r.band, r.flagged]),
      [
        ['TEE-M', 'shop_b', 'fast', true],
        ['TEE-M', 'shop_a', 'fast', false],
      ],
    );
  });

  test('property: every pair appears once, the order is the severity order, a flagged match is above its threshold', () => {
    const row = fc.record({
      sku: fc.constantFrom('A', 'B', 'C', 'D'),
      source: fc.constantFrom('s1', 's2'),
      qty: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        fc.array(row, { maxLength: 8 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (e, m, v) => {
          const dedupe = (xs: typeof e) => [...new Map(xs.map((x) => [`${x.sku}@${x.source}`, x])).values()];
          const E = dedupe(e);
          const M = dedupe(m);
          const rows = compareStock(
            E.map((x) => erp(x.sku, x.source, x.qty)),
            M.map((x) => mag(x.sku, x.source, x.qty)),
            new Map([['a', v]]),
            DEFAULT_THRESHOLDS,
          );
          const pairs = new Set([...E, ...M].map((x) => `${x.sku}@${x.source}`));
          assert.equal(rows.length, pairs.size);
          for (let i = 1; i < rows.length; i++) assert.ok(bySeverity(rows[i - 1]!, rows[i]!) <= 0);
          for (const r of rows)
            if (r.magento_qty !== null && r.erp_qty !== null)
              assert.equal(r.flagged, Math.abs(r.difference) > r.threshold);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
