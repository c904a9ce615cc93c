import assert from 'node:assert/strict';
import { type DataTable, Then, When } from '@cucumber/cucumber';
import type { Sale } from '../contracts/driver.ts';
import type { StepWorld } from './world.ts';

/** Rows: | sku | qty | */
const linesOf = (table: DataTable): Sale['lines'] =>
  table.hashes().map((r) => ({ sku: r['sku'] as string, qty: Number(r['qty']) }));

When('the cashier sells to a guest, paid in cash:', async function (this: StepWorld, table: DataTable) {
  await this.sell({ lines: linesOf(table), tenders: [{ method: 'cash' }] });
});

When(
  'the cashier sells to {string}, paid by card:',
  async function (this: StepWorld, email: string, table: DataTable) {
    await this.sell({ lines: linesOf(table), customerEmail: email, tenders: [{ method: 'card' }] });
  },
);

When(
  'the cashier sells to a guest with coupon {string}, paid in cash:',
  async function (this: StepWorld, coupon: string, table: DataTable) {
    await this.sell({ lines: linesOf(table), coupon, tenders: [{ method: 'cash' }] });
  },
);

When(
  'the cashier sells to a guest, paid {float} in cash and the rest by card:',
  async function (this: StepWorld, cash: number, table: DataTable) {
    await this.sell({
      lines: linesOf(table),
      tenders: [{ method: 'cash', amount: cash }, { method: 'card' }],
    });
  },
);

Then('the register completed the sale', function (this: StepWorld) {
  const { result } = this.lastSale;
  assert.equal(result.status, 'completed', `the register answered ${result.status}: ${result.reason ?? ''}`);
});

Then('the register queued the sale offline', function (this: StepWorld) {
  const { result } = this.lastSale;
  assert.equal(
    result.status,
    'queued-offline',
    `the register answered ${result.status}: ${result.reason ?? ''}`,
  );
});
