import assert from 'node:assert/strict';
import { join } from 'node:path';
import { type DataTable, Then, When } from '@cucumber/cucumber';
import type { ReconciliationReport } from '../contracts/reconciliation.ts';
import type { StepWorld } from './world.ts';

let report: ReconciliationReport | undefined;

When(
  'the stock controller reconciles Magento against the ERP, which differs by {string}',
  async function (this: StepWorld, driftFile: string) {
    report = await this.reconcileWithDrift(join('features', 'golive', 'data', driftFile));
  },
);

Then('the reconciliation flags exactly:', function (this: StepWorld, table: DataTable) {
  assert.ok(report, 'no reconciliation was run');
  const flagged = report.rows
    .filter((r) => r.flagged)
    .map((r) => `${r.sku}@${r.source_code}`)
    .sort();
  const expected = table
    .hashes()
    .map((r) => `${r['sku']}@${r['source_code']}`)
    .sort();
  assert.deepEqual(flagged, expected, 'the reconciliation flagged other rows than the drifted ones');
});
