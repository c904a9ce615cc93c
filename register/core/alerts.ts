import type { Alert } from '../../contracts/driver.ts';

/**
 * What the register wants a person to see (`status().alerts`): never a silent failure.
 *
 * - Conditions (`offline`, `stale-stock`, `stock-refresh-failed`) carry a key (the SKU, or none)
 *   and are replaced while they last and cleared when they end (back online, a fresh reading).
 * - Events (`order-error`, `sync-conflict`) stay until the register closes; the oldest go first
 *   beyond `limit`.
 */
export type AlertKind = Alert['kind'];

export class AlertBoard {
  private readonly alerts = new Map<string, Alert>();
  private seq = 0;

  constructor(
    private readonly now: () => number,
    private readonly limit = 200,
  ) {}

  /** A condition: one alert per kind and key, replaced while it lasts. */
  set(kind: AlertKind, message: string, key = ''): void {
    this.alerts.delete(`${kind}:${key}`);
    this.alerts.set(`${kind}:${key}`, this.alert(kind, message));
    this.trim();
  }

  /** The condition is over. */
  clear(kind: AlertKind, key = ''): void {
    this.alerts.delete(`${kind}:${key}`);
  }

  /** An event: kept as it is, one more alert. */
  raise(kind: AlertKind, message: string): void {
    this.alerts.set(`${kind}#${this.seq++}`, this.alert(kind, message));
    this.trim();
  }

  list(): Alert[] {
    return [...this.alerts.values()];
  }

  private alert(kind: AlertKind, message: string): Alert {
    return { kind, message, at: new Date(this.now()).toISOString() };
  }

  private trim(): void {
    while (this.alerts.size > this.limit) {
      const oldest = this.alerts.keys().next().value;
      if (oldest === undefined) return;
      this.alerts.delete(oldest);
    }
  }
}
