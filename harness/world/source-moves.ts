import assert from 'node:assert/strict';
import type { PosWorld } from './pos-world.ts';

/**
 * Which MSI sources a till's sale or return moved. Under MSI each shop is a source: a sale at a
 * shop must take its units off that shop's source (the shipment the register makes names it), and
 * a return at the till must put them on that shop's shelf, even for an online purchase shipped from
 * the warehouse; Magento's own return-to-stock would credit the source that shipped it
 * (inventory #1895, #3109). Every other source must stay as it was. Quantities are read through
 * Magento's REST (`GET /V1/inventory/source-items`) before and after.
 * @see field-guide.md §2 "MSI", §6 "does it know which source to decrement", §9
 */
type Quantities = Record<string, number>;

export class SourceMoves {
  private readonly before = new Map<string, Quantities>();

  constructor(private readonly world: PosWorld) {}

  /** Remembers what every source holds of the SKU now. */
  async note(sku: string): Promise<void> {
    this.before.set(sku, await this.quantities(sku));
  }

  /** The last sale took `qty` of the SKU off `shop`'s source and moved no other source. */
  async assertSaleTook(qty: number, sku: string, shop: string): Promise<void> {
    const { moved, table } = await this.moves(sku);
    const taken = -(moved[shop] ?? 0);
    const { result } = this.world.lastSale;
    const order = result.orderNumber;
    const shipped = order
      ? `order ${order} was shipped from ${await this.shippedFrom(order)}`
      : `the register answered ${result.status}: ${result.reason ?? 'no order'}`;
    assert.equal(
      taken,
      qty,
      `the sale took ${taken} ${sku} off the till's source ${shop}, not ${qty} (${table}); ${shipped}`,
    );
    assertOnlyShopMoved(
      moved,
      shop,
      `the sale moved ${sku} on a source that is not the till's (${table}); ${shipped}`,
    );
  }

  /** The return put `qty` of the SKU onto `shop`'s source and moved no other source. */
  async assertReturnPut(qty: number, sku: string, shop: string): Promise<void> {
    const { moved, table } = await this.moves(sku);
    const put = moved[shop] ?? 0;
    const elsewhere = Object.keys(moved).filter((s) => s !== shop && (moved[s] ?? 0) > 0);
    const went = elsewhere.length > 0 ? `: the units went back to ${elsewhere.join(', ')} instead` : '';
    assert.equal(
      put,
      qty,
      `the return put ${put} ${sku} onto the till's source ${shop}, not ${qty} (${table})${went}`,
    );
    assertOnlyShopMoved(moved, shop, `the return moved ${sku} on a source that is not the till's (${table})`);
  }

  /** Per source (scenario names): how much it moved, and a table "shop_a 10 → 8, ...". */
  private async moves(sku: string): Promise<{ moved: Quantities; table: string }> {
    const before = this.before.get(sku);
    assert.ok(before, `the quantities of ${sku} were not noted before the till acted`);
    const after = await this.quantities(sku);
    const sources = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const moved: Quantities = {};
    for (const s of sources) moved[s] = (after[s] ?? 0) - (before[s] ?? 0);
    const table = sources.map((s) => `${s} ${before[s] ?? 0} → ${after[s] ?? 0}`).join(', ');
    return { moved, table };
  }

  private async quantities(sku: string): Promise<Quantities> {
    const { ns } = this.world;
    const raw = await this.world.target.probe.sourceQuantities(ns.sku(sku));
    return Object.fromEntries(Object.entries(raw).map(([code, qty]) => [ns.fromSource(code) ?? code, qty]));
  }

  /** The sources the order's shipments name, or "nowhere (no shipment)". */
  private async shippedFrom(orderNumber: string): Promise<string> {
    const order = await this.world.target.probe.orderByNumber(orderNumber);
    if (!order) return 'nowhere (Magento has no such order)';
    const shipments = await this.world.target.admin.searchAll<{
      extension_attributes?: { source_code?: string };
    }>('/V1/shipments', [['order_id', order.entity_id]]);
    const codes = shipments.map((s) => s.extension_attributes?.source_code ?? '(no source)');
    return codes.length > 0
      ? codes.map((c) => this.world.ns.fromSource(c) ?? c).join(', ')
      : 'nowhere (no shipment)';
  }
}

function assertOnlyShopMoved(moved: Quantities, shop: string, message: string): void {
  const others = Object.entries(moved).filter(([s, d]) => s !== shop && d !== 0);
  assert.deepEqual(others, [], message);
}
