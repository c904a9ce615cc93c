import { AdjustableClock } from './clock.ts';
import { Config } from './config/config.ts';
import type { Services } from './context.ts';
import { Journal } from './http/journal.ts';
import { type SeedOptions, seedDefaults } from './modules/seed-defaults.ts';
import type { Profile } from './profile.ts';
import { MemoryStore } from './state/memory-store.ts';
import type { StateData, Store } from './state/store.ts';

/**
 * One simulator's live parts: state, clock, config, journal, and the baseline that `reset`
 * returns to (Magento's fresh install, then the scenario and config overrides it was started with).
 */
export class SimulatorRuntime {
  readonly services: Services;
  readonly journal = new Journal();
  private baseline: StateData;

  constructor(
    readonly store: Store,
    readonly clock: AdjustableClock,
    profile: Profile,
    private readonly seed: SeedOptions,
    private readonly prepare: Array<(s: Services) => void> = [],
  ) {
    this.services = { store, clock, config: new Config(store), profile };
    this.baseline = this.buildBaseline();
    const empty = store.count('websites') === 0 && store.count('config') === 0;
    if (empty) store.replace(this.baseline);
  }

  /** Back to the baseline: state replaced, journal cleared, clock back to real time. */
  reset(): void {
    this.store.replace(this.baseline);
    this.journal.clear();
    this.clock.reset();
  }

  /** Applies `fn` to a fresh baseline and makes the result the new baseline and the state. */
  rebase(fn: (s: Services) => void): void {
    this.prepare.push(fn);
    this.baseline = this.buildBaseline();
    this.store.replace(this.baseline);
  }

  private buildBaseline(): StateData {
    const scratch = new MemoryStore();
    const s: Services = { ...this.services, store: scratch, config: new Config(scratch) };
    scratch.transaction(() => {
      seedDefaults(s, this.seed);
      for (const fn of this.prepare) fn(s);
    });
    return scratch.dump();
  }
}

export { AdjustableClock };
