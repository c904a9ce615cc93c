import { type DataTable, When } from '@cucumber/cucumber';
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
