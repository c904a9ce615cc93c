import assert from 'node:assert/strict';
import type { FaultSpec, SimControl } from '../env/sim-control.ts';
import type { PosWorld } from './pos-world.ts';

/**
 * What goes wrong between the till and Magento, scheduled by a scenario: the CDN's 429, an answer
 * Magento sent that never arrived, an order search that is down, the shop's link dying in the
 * middle of an order placement. Faults go through the simulator's control API (scenarios tagged
 * `@simulator`) and outages through the fault proxy (`target.network`), never through sleeps, so
 * a scenario stays fast and plays the same way every time.
 * @see docs/simulator.md "Faults"; field-guide.md §3 (lost acknowledgement), §6 (429), §10
 */

/** Every REST form of "turn this cart into an order": `carts/:id` (or `mine`), guest carts, the POS extension's split tender. */
export const ORDER_PLACEMENT = 're:^/V1/(pos/)?(guest-)?carts/[^/]+/order$';
/** Order searches: `GET /V1/orders?searchCriteria…` and the POS extension's lookup by client sale id. */
export const ORDER_SEARCH = 're:^/V1/(orders/?|pos/orders/by-client-sale-id/[^/]+)$';

export const CDN_LIMIT = 'CDN rate limit on the order placement';
const LOST_ANSWER = 'order saved, answer lost';
const SEARCH_DOWN = 'order search unavailable';
const LINK_DIES = 'link dies during the order placement';

/** How long the placement is held at Magento's door while the link is cut (the trap's window). */
const HOLD_MS = 300;
const POLL_MS = 5;
/** How long an armed trap waits for a placement at most. */
const TRAP_DEADLINE_MS = 5_000;
/** Once the sale is over, how long the placement may still take to reach Magento and end. */
const AFTER_SALE_MS = 2_000;

export class FaultSchedule {
  private searchRule: number | undefined;
  private trap: Promise<string> | undefined;
  private trapDeadline = 0;

  constructor(private readonly world: PosWorld) {}

  /** The CDN answers the next `times` order placements 429 with `Retry-After` (nginx's HTML page). */
  async rateLimitOrderPlacement(times: number, retryAfterSeconds: number): Promise<void> {
    await this.add({
      method: 'PUT',
      path: ORDER_PLACEMENT,
      action: '429',
      retryAfter: retryAfterSeconds,
      times,
      name: CDN_LIMIT,
    });
  }

  /** Magento commits the next order placement, then the connection drops without its answer. */
  async loseNextOrderAnswer(): Promise<void> {
    await this.add({
      method: 'PUT',
      path: ORDER_PLACEMENT,
      action: 'commit-then-drop',
      times: 1,
      name: LOST_ANSWER,
    });
  }

  /** Order searches answer Magento's 503 maintenance page until `orderSearchBack`. */
  async orderSearchDown(): Promise<void> {
    const rule = await this.add({
      method: 'GET',
      path: ORDER_SEARCH,
      action: '5xx',
      status: 503,
      name: SEARCH_DOWN,
    });
    this.searchRule = rule;
  }

  async orderSearchBack(): Promise<void> {
    assert.ok(this.searchRule !== undefined, 'the order search was not made unavailable in this scenario');
    await this.control().removeFault(this.searchRule);
    this.searchRule = undefined;
  }

  /**
   * Arms a trap: the next order placement is held at Magento's door for a moment, the shop's link
   * is cut while it waits, and then Magento either places the order into the void
   * (`magentoPlaces`) or never acts on it (it answers 503 to a connection that is gone). Either
   * way the register only sees its connection die in the middle of the placement.
   */
  async linkDiesDuringOrderPlacement(magentoPlaces: boolean): Promise<void> {
    const spec: FaultSpec = magentoPlaces
      ? { method: 'PUT', path: ORDER_PLACEMENT, action: 'delay', delayMs: HOLD_MS, times: 1, name: LINK_DIES }
      : {
          method: 'PUT',
          path: ORDER_PLACEMENT,
          action: '5xx',
          status: 503,
          delayMs: HOLD_MS,
          times: 1,
          name: LINK_DIES,
        };
    await this.add(spec);
    this.trapDeadline = Date.now() + TRAP_DEADLINE_MS;
    const trap = this.spring();
    trap.catch(() => undefined);
    this.trap = trap;
  }

  /** Waits until the trap has sprung and Magento is done with the placement; the URL it cut. */
  async linkDied(): Promise<string> {
    assert.ok(this.trap, 'no outage was armed for the order placement in this scenario');
    this.trapDeadline = Math.min(this.trapDeadline, Date.now() + AFTER_SALE_MS);
    return this.trap;
  }

  /** How many requests a named rule of this scenario answered. */
  async hits(name: string): Promise<number> {
    const rules = await this.control().faults();
    return rules.filter((r) => r.name === name).reduce((n, r) => n + r.hits, 0);
  }

  private async spring(): Promise<string> {
    const control = this.control();
    const open = () => this.world.driver !== null && Date.now() < this.trapDeadline;
    const answered = async () => (await control.journal()).find((e) => e.fault === LINK_DIES)?.url;
    const hit = await until(open, async () => (await this.hits(LINK_DIES)) > 0);
    assert.ok(
      hit,
      'no order placement (PUT …/carts/:id/order) reached Magento, so the link was never cut during one',
    );
    assert.equal(
      await answered(),
      undefined,
      'the outage came too late: Magento had answered the placement already',
    );
    await this.world.target.network.down();
    let url: string | undefined;
    await until(open, async () => {
      url = await answered();
      return url !== undefined;
    });
    assert.ok(url, 'Magento never finished the order placement that the outage cut');
    return url;
  }

  private async add(spec: FaultSpec): Promise<number> {
    const { id } = await this.control().addFault(spec);
    return Number(id);
  }

  private control(): SimControl {
    const control = this.world.target.control;
    assert.ok(control, "this step needs the simulator's control API: tag the scenario @simulator");
    return control;
  }
}

/** Polls `done` until it holds (true) or `open` no longer does (false). */
async function until(open: () => boolean, done: () => Promise<boolean>): Promise<boolean> {
  while (open()) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return false;
}
