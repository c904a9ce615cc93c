import assert from 'node:assert/strict';
import type { ProbeOrder } from '../magento/probe.ts';
import type { PosWorld } from './pos-world.ts';

/**
 * Checks of the failure modes that come from the merchant's own setup (field guide §4): a refusal
 * Magento makes must reach the cashier in Magento's words and leave nothing behind; a captured
 * email must link the order to the account and its order history, no email must make a guest
 * order; the tax Magento charges must be the tax the till showed, to the cent, under every basis
 * and rounding algorithm. Magento is read through REST; the register only for what the cashier saw.
 */

/**
 * Magento's words for "not enough stock" across 2.4.x: the requested-qty check (2.4.8 changed
 * `The requested qty is not available` to `Not enough items for sale`, LYNX-530) and the cart's.
 * @see Magento\InventorySalesApi\Api\IsProductSalableForRequestedQtyInterface, Magento\Quote\Model\Quote::addProduct
 */
export const MAGENTO_STOCK_MESSAGES = [
  'Not enough items for sale',
  'The requested qty is not available',
  'There are no source items with the in stock status',
  'Product that you are trying to add is not available.',
];

export class MerchantChecks {
  constructor(private readonly world: PosWorld) {}

  /** The last sale was declined and the cashier was shown `message`, Magento's own, verbatim. */
  assertDeclinedWith(message: string): void {
    this.assertDeclinedWithOneOf([message], `Magento refused with "${message}"`);
  }

  /** The last sale was declined with one of Magento's stock messages, verbatim. */
  assertDeclinedForStock(): void {
    this.assertDeclinedWithOneOf(MAGENTO_STOCK_MESSAGES, 'of more than Magento can sell');
  }

  /** A declined sale leaves nothing in the register: no order number, nothing queued or held. */
  async assertDeclinedSaleLeftNothing(): Promise<void> {
    const { result } = this.world.lastSale;
    const status = await this.world.status();
    this.world.queueAccountedFor = true;
    assert.equal(
      result.orderNumber,
      undefined,
      `the declined sale carries order number ${result.orderNumber}`,
    );
    assert.equal(
      status.queueDepth + status.held,
      0,
      `the declined sale ${result.saleId} is still in the register (${status.queueDepth} queued, ${status.held} held): it would reach Magento later behind the cashier's back`,
    );
  }

  /** The last sale's order is linked to this customer account (`email`), or a guest order (null). */
  async assertOwner(email: string | null): Promise<void> {
    const order = await this.world.orderOfLastSale();
    if (email === null) {
      assert.equal(
        order.customer_is_guest,
        1,
        `order ${order.increment_id} of a sale without an email is linked to customer ${order.customer_id} (${order.customer_email})`,
      );
      assert.equal(
        order.customer_id ?? null,
        null,
        `guest order ${order.increment_id} carries customer ${order.customer_id}`,
      );
      return;
    }
    const id = await this.world.customerIdOf(email);
    assert.ok(id, `Magento has no customer ${email}`);
    const what = order.customer_is_guest ? 'a guest order' : `linked to customer ${order.customer_id}`;
    assert.equal(
      order.customer_id,
      id,
      `order ${order.increment_id} is ${what}, not linked to ${email} (customer ${id})`,
    );
  }

  /** The customer's order history (orders searched by customer_id) lists the last sale's order, or not. */
  async assertInHistory(email: string, listed: boolean): Promise<void> {
    const order = await this.world.orderOfLastSale();
    const id = await this.world.customerIdOf(email);
    assert.ok(id, `Magento has no customer ${email}`);
    const history = (await this.world.target.probe.ordersOfCustomer(id)).map((o) => o.increment_id);
    const shown = `${email}'s order history: ${history.join(', ') || 'empty'}`;
    if (listed)
      assert.ok(history.includes(order.increment_id), `order ${order.increment_id} is not in ${shown}`);
    else assert.ok(!history.includes(order.increment_id), `guest order ${order.increment_id} is in ${shown}`);
  }

  /** Magento charged the tax and total the register showed for the last sale, to the cent. */
  async assertTaxAsShown(): Promise<void> {
    const order = await this.world.orderOfLastSale();
    const shown = this.world.lastSale.result.totals;
    assert.ok(shown, 'the register reported no totals for the sale');
    const same =
      cents(order.tax_amount) === cents(shown.tax) && cents(order.grand_total) === cents(shown.grandTotal);
    assert.ok(
      same,
      `order ${order.increment_id}: the register showed tax ${money(shown.tax)} and total ${money(shown.grandTotal)}, Magento charged tax ${money(order.tax_amount)} and total ${money(order.grand_total)} (${this.settings()})`,
    );
  }

  /** Magento charged the tax and total the scenario's Examples expect. */
  async assertCharged(tax: number, total: number): Promise<void> {
    const order: ProbeOrder = await this.world.orderOfLastSale();
    const same = cents(order.tax_amount) === cents(tax) && cents(order.grand_total) === cents(total);
    assert.ok(
      same,
      `order ${order.increment_id}: Magento charged tax ${money(order.tax_amount)} and total ${money(order.grand_total)}, expected tax ${money(tax)} and total ${money(total)} (${this.settings()})`,
    );
  }

  private assertDeclinedWithOneOf(messages: string[], why: string): void {
    const { result } = this.world.lastSale;
    const told = result.reason ?? '';
    assert.notEqual(
      result.status,
      'completed',
      `the register answered completed (order ${result.orderNumber ?? 'none'}) for a sale ${why}: the cashier believes it is paid and done`,
    );
    assert.equal(
      result.status,
      'declined',
      `the register answered ${result.status} (${told}) for a sale ${why}`,
    );
    assert.ok(
      messages.some((m) => told.includes(m)),
      `the register declined with "${told}", not with Magento's own words (${messages.map((m) => `"${m}"`).join(' or ')})`,
    );
  }

  private settings(): string {
    const tax = this.world.session?.tax;
    return tax ? `${tax.algorithm}, tax based on ${tax.basedOn}` : 'tax settings unknown';
  }
}

const cents = (x: number) => Math.round(x * 100);
const money = (x: number) => x.toFixed(2);
