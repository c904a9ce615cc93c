import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReconciliationReport } from '../../contracts/reconciliation.ts';
import { compareStock } from './compare.ts';
import { reportHtml } from './html-report.ts';
import { summaryLines } from './summary.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

const report = (erp: Array<[string, number]>, magento: Array<[string, number]>): ReconciliationReport => {
  const rows = compareStock(
    erp.map(([sku, quantity]) => ({ sku, source_code: 's', quantity, line: 0 })),
    magento.map(([sku, quantity]) => ({ sku, source_code: 's', quantity, status: 1 })),
    new Map(),
    DEFAULT_THRESHOLDS,
  );
  const flagged = rows.filter((r) => r.flagged).length;
  return {
    magento_url: 'https://shop.example.com',
    erp_file: 'stock <march>.csv',
    generated_at: '2025-03-31T12:00:00.000Z',
    days: 30,
    thresholds: DEFAULT_THRESHOLDS,
    counts: {
      rows: rows.length,
      magento_rows: magento.length,
      erp_rows: erp.length,
      flagged,
      drift: flagged,
      missing_in_magento: 0,
      missing_in_erp: 0,
      orders_read: 12,
    },
    warnings: ['a "warning" & <more>'],
    rows,
  };
};

test('the HTML page escapes every value from Magento or the file, and marks only flagged rows as top', () => {
  const html = reportHtml(
    report(
      [
        ['<script>alert(1)</script>', 1],
        ['B', 1],
        ['C', 1],
      ],
      [
        ['<script>alert(1)</script>', 9],
        ['B', 5],
        ['C', 1],
      ],
    ),
    5,
  );
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>'));
  assert.ok(html.includes('<dd>stock &lt;march&gt;.csv</dd>'));
  assert.ok(html.includes('<p class="warn">a &quot;warning&quot; &amp; &lt;more&gt;</p>'));
  assert.equal(html.match(/<b>TOP<\/b>/g)?.length, 2);
  assert.match(html, /<p class="verdict bad">2 differences flagged<\/p>/);
  assert.match(html, /<td>medium<\/td><td>≥ 0.5\/day<\/td><td>2<\/td><td>2 %<\/td>/);
});

test('the terminal summary shows the top N flagged rows aligned, the files and what the exit code means', () => {
  const lines = summaryLines(
    report(
      [
        ['A', 1],
        ['B', 1],
        ['C', 1],
      ],
      [
        ['A', 9],
        ['B', 5],
        ['C', 1],
      ],
    ),
    1,
    {
      csv: 'reports/reconciliation.csv',
      html: 'reports/reconciliation.html',
    },
  );
  assert.deepEqual(lines, [
    'posgate reconcile: 3 rows compared (Magento 3, ERP 3) against https://shop.example.com; velocity from 12 orders over 30 days',
    'warning: a "warning" & <more>',
    '2 flagged: 2 above threshold, 0 missing in Magento, 0 missing in ERP',
    'top 1 of 2 flagged, most severe first:',
    '  #  severity  sku  source  magento  erp  diff  velocity  band  threshold  status',
    '  1      8.00  A    s             9    1    +8      0.00  slow          1  drift',
    'report: reports/reconciliation.csv, reports/reconciliation.html',
    'exit code 1: differences are flagged (0 when nothing is, 2 on errors)',
  ]);
  const clean = summaryLines(report([['A', 1]], [['A', 1]]), 20, null);
  assert.deepEqual(clean.slice(-2), [
    'nothing flagged: Magento agrees with the ERP file within the thresholds',
    'exit code 0: nothing flagged',
  ]);
});
