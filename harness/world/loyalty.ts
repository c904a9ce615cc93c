import assert from 'node:assert/strict';
import type { PosWorld } from './pos-world.ts';

/**
 * Adobe Commerce's customer money as Magento holds it, for the loyalty scenarios: a customer's
 * reward points (Magento 2.4.x core REST has no admin read of them; the POS extension's
 * `GET /V1/pos/customers/:id/balances` has) and a gift card account's balance (Commerce's own
 * `GET /V1/carts/guest-carts/:cartId/checkGiftCard/:code`, on a throw-away guest cart, as the
 * seeding probe reads it). A linked customer's purchase must earn points; a gift card must lose
 * what it paid and the order must show what it paid (field guide §4 "Guest vs customer", §7).
 * @see docs/pos-extension.md "Commerce surfaces"; harness/seed/probe-commerce.ts
 */
interface Balances {
  reward_points: Array<{ website_id: number; points_balance: number }>;
}

interface GiftCardLine {
  code: string;
  amount: number;
}

export class Loyalty {
  constructor(private readonly world: PosWorld) {}

  /** The customer's reward points on the register's website. */
  async points(email: string): Promise<number> {
    const id = await this.world.customerIdOf(email);
    assert.ok(id, `Magento has no customer ${email}`);
    const balances = await this.world.target.admin.get<Balances>(`/V1/pos/customers/${id}/balances`);
    const website = await this.websiteId();
    return balances.reward_points.find((p) => p.website_id === website)?.points_balance ?? 0;
  }

  async assertPoints(email: string, expected: number): Promise<void> {
    const points = await this.points(email);
    const sale = this.world.sales.length > 0 ? ' after the sale' : '';
    assert.equal(
      points,
      expected,
      `${email} has ${points} reward points in Magento${sale}, expected ${expected}`,
    );
  }

  /** A gift card account's balance, as Magento's checkout reads it on the register's store view. */
  async giftCardBalance(code: string): Promise<number> {
    const store = this.world.session?.storeCode ?? 'default';
    const admin = this.world.target.admin;
    const cart = await admin.post<string>('/V1/guest-carts', {}, store);
    const path = `/V1/carts/guest-carts/${encodeURIComponent(cart)}/checkGiftCard/${encodeURIComponent(code)}`;
    return Number(await admin.get<number | string>(path, store));
  }

  async assertGiftCardBalance(code: string, expected: number): Promise<void> {
    const balance = await this.giftCardBalance(code);
    const sale = this.world.sales.length > 0 ? ' after the sale' : '';
    assert.equal(
      cents(balance),
      cents(expected),
      `gift card ${code} holds ${balance.toFixed(2)} in Magento${sale}, expected ${expected.toFixed(2)}`,
    );
  }

  /** The last sale's order shows the gift card paid `amount`, and its payments add up. */
  async assertPaidByGiftCard(amount: number, code: string): Promise<void> {
    const order = await this.world.orderOfLastSale();
    const ext = (order.extension_attributes ?? {}) as {
      gift_cards?: GiftCardLine[];
      gift_cards_amount?: number;
    };
    const card = (ext.gift_cards ?? []).find((c) => c.code.toLowerCase() === code.toLowerCase());
    assert.ok(
      card,
      `order ${order.increment_id} shows no payment by gift card ${code} (gift cards: ${JSON.stringify(ext.gift_cards ?? [])}, paid with ${order.payment.method})`,
    );
    assert.equal(
      cents(card.amount),
      cents(amount),
      `order ${order.increment_id} shows ${card.amount.toFixed(2)} paid by gift card ${code}, expected ${amount.toFixed(2)}`,
    );
    const byCard = ext.gift_cards_amount ?? 0;
    assert.equal(
      cents(byCard + order.grand_total),
      cents(this.world.lastSale.result.totals?.grandTotal ?? Number.NaN),
      `order ${order.increment_id}: gift cards ${byCard.toFixed(2)} + the rest due ${order.grand_total.toFixed(2)} is not the total the register showed`,
    );
  }

  private async websiteId(): Promise<number> {
    const code = this.world.session?.websiteCode ?? 'base';
    const sites =
      await this.world.target.admin.get<Array<{ id: number; code: string }>>('/V1/store/websites');
    const site = sites.find((w) => w.code === code);
    assert.ok(site, `Magento has no website ${code}`);
    return site.id;
  }
}

const cents = (x: number) => Math.round(x * 100);
