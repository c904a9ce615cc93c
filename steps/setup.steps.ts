import { type DataTable, Given, Then, When } from '@cucumber/cucumber';
import type { Sale } from '../contracts/driver.ts';
import type { StepWorld } from './world.ts';

/** Failure modes of the merchant's own setup: payment methods, store views, customers, sources, loyalty. */

/** Rows: | sku | qty | */
const linesOf = (table: DataTable): Sale['lines'] =>
  table.hashes().map((r) => ({ sku: r['sku'] as string, qty: Number(r['qty']) }));

Given(
  'the merchant has switched off the payment method {string} in Magento',
  async function (this: StepWorld, code: string) {
    await this.merchant.config.switchOffPaymentMethod(code);
  },
);

When('the cashier sells to a guest, paid by card:', async function (this: StepWorld, table: DataTable) {
  await this.sell({ lines: linesOf(table), tenders: [{ method: 'card' }] });
});

Then(
  "the register declined the sale, showing Magento's message {string}",
  function (this: StepWorld, message: string) {
    this.merchant.checks.assertDeclinedWith(message);
  },
);

Then(
  "the register declined the sale in Magento's own words for too little stock",
  function (this: StepWorld) {
    this.merchant.checks.assertDeclinedForStock();
  },
);

Then('the register keeps nothing of the declined sale', async function (this: StepWorld) {
  await this.merchant.checks.assertDeclinedSaleLeftNothing();
});

// Several tills at once (store views)

Given(
  'a register {string} at shop {string} selling on store view {string}',
  async function (this: StepWorld, name: string, source: string, store: string) {
    await this.merchant.tills.open(name, { sourceCode: source, storeCode: store });
  },
);

When(
  'register {string} sells to a guest, paid in cash:',
  async function (this: StepWorld, name: string, table: DataTable) {
    await this.merchant.tills.sell(name, { lines: linesOf(table), tenders: [{ method: 'cash' }] });
  },
);

Then('each order is on the store view of the register that sold it', async function (this: StepWorld) {
  await this.merchant.tills.assertOrdersOnTheirStoreViews();
});

// Guest or customer

When(
  'the cashier sells {int} {string} to a guest, paid in cash',
  async function (this: StepWorld, qty: number, sku: string) {
    await this.sell({ lines: [{ sku, qty }], tenders: [{ method: 'cash' }] });
  },
);

When(
  'the cashier sells {int} {string} to {string}, paid in cash',
  async function (this: StepWorld, qty: number, sku: string, email: string) {
    await this.sell({ lines: [{ sku, qty }], customerEmail: email, tenders: [{ method: 'cash' }] });
  },
);

Then('the order belongs to a guest', async function (this: StepWorld) {
  await this.merchant.checks.assertOwner(null);
});

Then('the order belongs to {string}', async function (this: StepWorld, email: string) {
  await this.merchant.checks.assertOwner(email);
});

Then('the order history of {string} lists the order', async function (this: StepWorld, email: string) {
  await this.merchant.checks.assertInHistory(email, true);
});

Then(
  'the order history of {string} does not list the order',
  async function (this: StepWorld, email: string) {
    await this.merchant.checks.assertInHistory(email, false);
  },
);

// Stock across channels (MSI)

Given(
  'shop {string} holds {int} {string}',
  async function (this: StepWorld, source: string, qty: number, sku: string) {
    await this.merchant.config.setSourceQuantity(source, sku, qty);
  },
);

Given(
  'a web customer ordered {int} {string} on store view {string}, not shipped yet',
  async function (this: StepWorld, qty: number, sku: string, store: string) {
    await this.buyOnline(store, { sku, qty }, null);
    this.baselineOrderId = await this.target.probe.maxOrderId();
  },
);

Given('the quantities of {string} on every source are noted', async function (this: StepWorld, sku: string) {
  await this.merchant.moves.note(sku);
});

Then(
  'the sale took {int} {string} off source {string} and moved no other source',
  async function (this: StepWorld, qty: number, sku: string, source: string) {
    await this.merchant.moves.assertSaleTook(qty, sku, source);
  },
);

Then(
  'the return put {int} {string} onto source {string} and moved no other source',
  async function (this: StepWorld, qty: number, sku: string, source: string) {
    await this.merchant.moves.assertReturnPut(qty, sku, source);
  },
);

// Adobe Commerce loyalty

Then(
  '{string} has {int} reward points in Magento',
  async function (this: StepWorld, email: string, points: number) {
    await this.merchant.loyalty.assertPoints(email, points);
  },
);

Then(
  'gift card {string} holds {float} in Magento',
  async function (this: StepWorld, code: string, balance: number) {
    await this.merchant.loyalty.assertGiftCardBalance(code, balance);
  },
);

When(
  'the cashier sells to a guest, paid with gift card {string}:',
  async function (this: StepWorld, code: string, table: DataTable) {
    await this.sell({ lines: linesOf(table), tenders: [{ method: 'gift_card', giftCardCode: code }] });
  },
);

Then(
  'the order was paid {float} by gift card {string}',
  async function (this: StepWorld, amount: number, code: string) {
    await this.merchant.loyalty.assertPaidByGiftCard(amount, code);
  },
);
