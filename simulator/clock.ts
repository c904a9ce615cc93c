/**
 * The simulator's only source of time. Token lifetimes, lockouts, reservations and order dates read
 * it, so tests and the control API can move time without sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** A system clock with an adjustable offset (the control API's `/__sim/clock`). */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  constructor(private readonly source: () => number = Date.now) {}
  now(): number {
    return this.frozenAt ?? this.source() + this.offsetMs;
  }
  advance(ms: number): void {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
  }
  /** Pins time at `at` (ms) until `unfreeze()`. */
  freeze(at = this.now()): void {
    this.frozenAt = at;
  }
  unfreeze(): void {
    if (this.frozenAt !== null) this.offsetMs = this.frozenAt - this.source();
    this.frozenAt = null;
  }
  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
  }
}

/** Magento's `Y-m-d H:i:s` UTC timestamp format used in created_at / updated_at. */
export function magentoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
